package org.dossier.web.briefing;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Editors' Markdown as HTML that cannot carry script: raw HTML in the source is escaped, not passed
 * through, and link targets other than http(s), mailto and relative ones are dropped. This is the
 * one place where templates print HTML unescaped ({@code .raw}).
 */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {
    }

    public static String toHtml(String markdown) {
        return markdown == null || markdown.isBlank() ? "" : RENDERER.render(PARSER.parse(markdown));
    }
}
