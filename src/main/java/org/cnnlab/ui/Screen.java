package org.cnnlab.ui;

import java.util.function.Supplier;
import javafx.scene.Node;

/**
 * One screen of the app (image lab, kernel sandbox, …): its id, its navigation title, the one line that
 * tells a student what it is for, and its content, built the first time it is shown.
 */
public final class Screen {
    private final String id;
    private final String title;
    private final String shortTitle;
    private final String purpose;
    private final Supplier<Node> factory;
    private Node content;

    /**
     * @param id         the short name lessons use to open it ({@code cnnlab:ID}), e.g. {@code sandbox}
     * @param title      its full name, e.g. "Kernel sandbox"
     * @param shortTitle the name on its navigation button, short enough for a projector, e.g. "Sandbox"
     */
    public Screen(String id, String title, String shortTitle, String purpose, Supplier<Node> factory) {
        this.id = id;
        this.title = title;
        this.shortTitle = shortTitle;
        this.purpose = purpose;
        this.factory = factory;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String shortTitle() {
        return shortTitle;
    }

    public String purpose() {
        return purpose;
    }

    /** The screen's content, created on first use. */
    public Node content() {
        if (content == null) {
            content = factory.get();
        }
        return content;
    }
}
