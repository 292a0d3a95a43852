package org.dossier.importer.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** The version Maven stamped into {@code dossier-version.properties}. */
public class DossierVersion implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties properties = new Properties();
        try (InputStream in = DossierVersion.class.getResourceAsStream("/dossier-version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        }
        return new String[] {"Dossier importer " + properties.getProperty("version", "(unknown version)")};
    }
}
