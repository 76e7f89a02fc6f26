package org.cnnlab.training.model;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Looks up a choice by the name the command line and saved settings use for it, ignoring case and surrounding spaces. */
final class CliNames {
    private CliNames() {
    }

    /** The one of {@code choices} whose {@code cliName} equals {@code name} (lower-cased, stripped). */
    static <E> Optional<E> find(E[] choices, Function<E, String> cliName, String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        for (E choice : choices) {
            if (cliName.apply(choice).equals(wanted)) {
                return Optional.of(choice);
            }
        }
        return Optional.empty();
    }
}
