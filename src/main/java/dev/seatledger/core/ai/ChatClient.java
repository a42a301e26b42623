package dev.seatledger.core.ai;

/**
 * An optional language model behind an OpenAI-compatible chat-completions endpoint.
 * Callers send only contract text or product facts: never license keys or personal data.
 */
public interface ChatClient {

    /** A client for when no endpoint is configured: every call is unavailable. */
    ChatClient NONE = new ChatClient() {
        @Override public boolean configured() { return false; }
        @Override public String completeJson(String system, String user) throws AiUnavailableException {
            throw new AiUnavailableException("No AI endpoint is configured");
        }
    };

    /** True when the user has set an endpoint URL and model in Settings. */
    boolean configured();

    /**
     * Sends a system and a user message asking for a JSON object and returns the assistant's content.
     * Any failure, timeout or empty answer throws {@link AiUnavailableException}; callers fall back to rules.
     */
    String completeJson(String system, String user) throws AiUnavailableException;
}
