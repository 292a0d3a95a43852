package org.dossier.web.briefing;

import org.dossier.core.briefing.BriefingVersion;

/** A published version as a page shows it: the version and its summary rendered from Markdown. */
public record PublishedBriefing(BriefingVersion version, String summaryHtml, int versionCount) {

    public static PublishedBriefing of(BriefingVersion version, int versionCount) {
        return new PublishedBriefing(version, Markdown.toHtml(version.summary), versionCount);
    }
}
