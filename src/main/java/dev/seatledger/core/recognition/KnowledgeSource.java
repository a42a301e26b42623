package dev.seatledger.core.recognition;

/** Gives the knowledge base as it stands now: the shipped one, extended by the user's file when there is one. */
public interface KnowledgeSource {
    KnowledgeBase current();

    /** Why the user's file is not in use (a mistake in it, named by file, entry and field), or null. */
    default String problem() {
        return null;
    }
}
