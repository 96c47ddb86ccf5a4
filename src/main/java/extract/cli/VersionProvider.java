package extract.cli;

import picocli.CommandLine;

/** The version from the jar manifest (set by Maven), so it never drifts from the pom. */
final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"extract " + (v == null ? "development build" : v)};
    }
}
