package org.cnnlab.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * One of a fixed set of options a user picks by name (padding, border, activation, pooling, colour
 * mode): a short id for files and the command line, and the sentence that explains it.
 */
public interface NamedChoice {

    /** The id used in kernel-set files and on the command line, e.g. {@code same}. */
    String id();

    /** One line on what the option does. */
    String explanation();

    /**
     * The choice of {@code choices} whose id (or enum constant name) is {@code id}, ignoring case;
     * otherwise an {@link IllegalArgumentException} naming {@code what} and listing the ids.
     */
    static <E extends Enum<E> & NamedChoice> E byId(E[] choices, String id, String what) {
        for (E choice : choices) {
            if (choice.id().equalsIgnoreCase(id) || choice.name().equalsIgnoreCase(id)) {
                return choice;
            }
        }
        List<String> ids = new ArrayList<>();
        for (E choice : choices) {
            ids.add(choice.id());
        }
        String last = ids.remove(ids.size() - 1);
        throw new IllegalArgumentException("unknown " + what + " '" + id + "'; use " + String.join(", ", ids) + " or " + last);
    }
}
