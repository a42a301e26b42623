package dev.seatledger.infra.ai;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.seatledger.core.ai.AiSettings;
import dev.seatledger.core.ai.AiUnavailableException;
import dev.seatledger.core.ai.ChatClient;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * An OpenAI-compatible chat-completions endpoint (OpenAI, Ollama, LM Studio, …). Reads the current settings at
 * each call; any failure, timeout or empty answer becomes {@link AiUnavailableException}. Never logs the key or
 * the prompt.
 */
public class OpenAiChatClient implements ChatClient {
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Supplier<AiSettings> settings;
    private final Duration timeout;
    /** Built on first use: an HTTP client starts a selector thread, which a workstation without AI never needs. */
    private HttpClient http;

    public OpenAiChatClient(Supplier<AiSettings> settings) {
        this(settings, DEFAULT_TIMEOUT);
    }

    public OpenAiChatClient(Supplier<AiSettings> settings, Duration timeout) {
        this.settings = settings;
        this.timeout = timeout;
    }

    private synchronized HttpClient http() {
        if (http == null) {
            http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
        }
        return http;
    }

    @Override
    public boolean configured() {
        return settings.get().configured();
    }

    /** The endpoint for a base URL: the URL itself when it already ends with /chat/completions. */
    static URI endpoint(String url) {
        String u = url.strip();
        while (u.endsWith("/")) {
            u = u.substring(0, u.length() - 1);
        }
        return URI.create(u.endsWith("/chat/completions") ? u : u + "/chat/completions");
    }

    @Override
    public String completeJson(String system, String user) throws AiUnavailableException {
        AiSettings s = settings.get();
        if (!s.configured()) {
            throw new AiUnavailableException("No AI endpoint is configured");
        }
        URI uri;
        try {
            uri = endpoint(s.url());
        } catch (IllegalArgumentException e) {
            throw new AiUnavailableException("The AI endpoint URL is not valid", e);
        }
        ObjectNode body = JSON.createObjectNode();
        body.put("model", s.model());
        body.put("temperature", 0);
        body.putObject("response_format").put("type", "json_object");
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        HttpRequest.Builder req = HttpRequest.newBuilder(uri)
            .timeout(timeout)
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (!s.apiKey().isEmpty()) {
            req.header("Authorization", "Bearer " + s.apiKey());
        }
        HttpResponse<String> response;
        try {
            response = http().send(req.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException e) {
            throw new AiUnavailableException("The AI endpoint did not answer within " + timeout.toSeconds() + " s", e);
        } catch (IOException e) {
            throw new AiUnavailableException("The AI endpoint could not be reached: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AiUnavailableException("Interrupted while waiting for the AI endpoint", e);
        } catch (IllegalArgumentException e) {
            throw new AiUnavailableException("The AI endpoint URL is not valid", e);
        }
        if (response.statusCode() / 100 != 2) {
            throw new AiUnavailableException("The AI endpoint answered HTTP " + response.statusCode());
        }
        try {
            JsonNode root = JSON.readTree(response.body());
            JsonNode content = root.path("choices").path(0).path("message").path("content");
            if (!content.isTextual() || content.asText().isBlank()) {
                throw new AiUnavailableException("The AI endpoint gave an empty answer");
            }
            return content.asText();
        } catch (IOException e) {
            throw new AiUnavailableException("The AI endpoint answered something that is not chat-completions JSON", e);
        }
    }
}
