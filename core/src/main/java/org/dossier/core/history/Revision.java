package org.dossier.core.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One recorded change set: when, and who made it (an editor's username, or "importer"). */
@Entity
@RevisionEntity(RevisionAuthor.class)
public class Revision {

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_seq")
    @SequenceGenerator(name = "revision_seq", allocationSize = 1)
    @RevisionNumber
    public long id;

    @RevisionTimestamp
    public long timestamp;

    public String editor;

    public Instant at() {
        return Instant.ofEpochMilli(timestamp);
    }
}
