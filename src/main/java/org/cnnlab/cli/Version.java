package org.cnnlab.cli;

import picocli.CommandLine.IVersionProvider;

/** The version printed by {@code --version}, from the jar manifest when there is one. */
final class Version implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = CnnLabCli.class.getPackage().getImplementationVersion();
        return new String[] {"CNN Lab " + (v == null ? "(development build)" : v)};
    }
}
