package org.dossier.importer.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dossier.core.actor.EstablishedOrganisations;
import org.dossier.core.source.Source;
import org.dossier.core.story.Story;
import org.dossier.core.story.StoryFiling;
import org.dossier.importer.actors.KnownOrganisations;
import org.dossier.importer.extract.Extraction;
import org.dossier.importer.read.Article;
import org.dossier.importer.read.UnreadableArticleException;
import org.hibernate.FlushMode;
import org.hibernate.Session;

/**
 * Stores articles as sources, one transaction per article, once per text: storing an article whose
 * text is already there changes nothing but, when asked, its story membership; in particular its
 * facts are not extracted again, so nothing an editor did to them is touched.
 */
@ApplicationScoped
public class ArticleStore {

    /** What storing one article did. */
    public record Stored(long sourceId, boolean created) {
    }

    private final ExtractedFacts facts;
    private final StoryFiling filing;

    ArticleStore(ExtractedFacts facts, StoryFiling filing) {
        this.facts = facts;
        this.filing = filing;
    }

    @Transactional
    public boolean isStored(String text) {
        return Source.findByContent(text).isPresent();
    }

    /** The one-word organisations stored articles described: what an import starts out knowing, and what editors withdrew. */
    @Transactional
    public KnownOrganisations knownOrganisations() {
        Map<Boolean, List<String>> byWithdrawal = EstablishedOrganisations.all().stream().collect(Collectors.partitioningBy(
                EstablishedOrganisations.Established::isWithdrawn, Collectors.mapping(EstablishedOrganisations.Established::name,
                        Collectors.toList())));
        return KnownOrganisations.of(byWithdrawal.get(false), byWithdrawal.get(true));
    }

    /**
     * Stores the article and, when it is new, what the extraction found in it, in a transaction of its
     * own (a caller's is suspended meanwhile, and keeps its own way of flushing). The session is
     * flushed by hand, once: when the facts are in, before their evidence is written. Left to flush
     * itself, it went through every entity of the article again before each query and at commit, the
     * larger part of the storing thread's time (docs/benchmarks.md).
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Stored store(Article article, Optional<String> storySlug, Optional<Extraction> extraction) throws UnreadableArticleException {
        Source.getEntityManager().unwrap(Session.class).setHibernateFlushMode(FlushMode.MANUAL);
        Optional<Story> story = storySlug.map(ArticleStore::storyFor);
        Optional<Source> existing = Source.findByContent(article.text());
        if (existing.isPresent()) {
            story.ifPresent(s -> filing.file(s, existing.get()));
            return new Stored(existing.get().id, false);
        }
        Source source = newSource(article);
        source.persist();
        extraction.ifPresentOrElse(found -> facts.record(source, found), Source::flush);
        story.ifPresent(s -> filing.fileFlushed(s, source));
        return new Stored(source.id, true);
    }

    private static Source newSource(Article article) throws UnreadableArticleException {
        requirePublicationDate(article);
        String title = article.title() != null ? article.title() : titleFrom(article);
        Source source = Source.of(title, article.text(), article.published());
        source.outlet = article.outlet();
        source.url = article.url();
        source.byline = article.byline();
        if (article.language() != null) {
            source.language = article.language();
        }
        return source;
    }

    /** No title in the metadata: the first line when it is short, else the file name. */
    private static String titleFrom(Article article) {
        return article.firstLineAsTitle().orElseGet(() -> Path.of(article.origin().replaceAll("#.*$", "")).getFileName().toString());
    }

    private static void requirePublicationDate(Article article) throws UnreadableArticleException {
        if (article.published() == null) {
            throw new UnreadableArticleException(article.origin(),
                    "no publication date (relative dates need one): give 'published' in its .json sidecar, a <meta> date, or --published");
        }
    }

    /** The story with this slug, created (titled after the slug) the first time it is named. */
    private static Story storyFor(String slug) {
        return Story.findBySlug(slug).orElseGet(() -> {
            Story story = Story.of(slug, titleOf(slug), "");
            story.persist();
            return story;
        });
    }

    private static String titleOf(String slug) {
        String words = slug.replace('-', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}
