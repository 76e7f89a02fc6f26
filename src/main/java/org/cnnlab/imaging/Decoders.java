package org.cnnlab.imaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The set of decoders a user can choose from. {@link #standard()} holds JDK ImageIO, ImageIO +
 * TwelveMonkeys and OpenCV, each wrapped in a {@link GuardedDecoder}; the UI adds its JavaFX decoder
 * with {@link #with(ImageDecoder)}. Every decoder in a set is guarded.
 */
public final class Decoders {
    private final List<ImageDecoder> decoders;

    private Decoders(List<ImageDecoder> decoders) {
        this.decoders = List.copyOf(decoders);
    }

    /** The guarded standard decoders, in the order imageio, twelvemonkeys, opencv. */
    public static List<ImageDecoder> standard() {
        return List.of(GuardedDecoder.guard(new JdkImageIoDecoder()), GuardedDecoder.guard(new TwelveMonkeysDecoder()),
                GuardedDecoder.guard(new OpenCvDecoder()));
    }

    /** The standard decoder with this id, if any. */
    public static Optional<ImageDecoder> byId(String id) {
        return find(standard(), id);
    }

    /** The standard decoders plus {@code extra} (guarded), appended at the end. */
    public static Decoders with(ImageDecoder extra) {
        return new Decoders(standard()).and(extra);
    }

    /** This set plus {@code extra} (guarded); an existing decoder with the same id is replaced. */
    public Decoders and(ImageDecoder extra) {
        List<ImageDecoder> list = new ArrayList<>(decoders);
        list.removeIf(d -> d.id().equals(extra.id()));
        list.add(GuardedDecoder.guard(extra));
        return new Decoders(list);
    }

    /** All decoders of this set, in order. */
    public List<ImageDecoder> all() {
        return decoders;
    }

    /** The decoder of this set with this id, if any. */
    public Optional<ImageDecoder> find(String id) {
        return find(decoders, id);
    }

    private static Optional<ImageDecoder> find(List<ImageDecoder> list, String id) {
        return list.stream().filter(d -> d.id().equalsIgnoreCase(id)).findFirst();
    }
}
