package org.dossier.importer.eval;

/** Precision and recall from counts, and their harmonic mean; each is 0 where nothing was counted. */
record PrecisionRecall(double precision, double recall) {

    /** {@code right} of {@code proposed} answers were right; {@code found} of {@code gold} expected ones were found. */
    static PrecisionRecall of(long right, long proposed, long found, long gold) {
        return new PrecisionRecall(ratio(right, proposed), ratio(found, gold));
    }

    double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    static double ratio(long part, long whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }
}
