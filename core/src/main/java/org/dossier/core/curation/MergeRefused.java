package org.dossier.core.curation;

/**
 * A merge or an undo that cannot be done as asked (an actor into itself, a merge undone twice). Its
 * message is written for the editor who asked; anything else that fails is a fault, not this.
 */
public class MergeRefused extends IllegalArgumentException {

    public MergeRefused(String message) {
        super(message);
    }
}
