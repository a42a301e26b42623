package dev.seatledger.infra.ai;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A local chat-completions endpoint for tests: answers with a set content or status, or holds its answer until it is
 * closed (a service that never answers in time), and records requests.
 */
final class FakeChatServer implements AutoCloseable {
    record Request(String method, String path, String authorization, String body) {
    }

    private final HttpServer server;
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile String content = "{}";
    private volatile int status = 200;
    private volatile boolean holding;
    private final CountDownLatch closed = new CountDownLatch(1);
    private volatile String rawBody;

    FakeChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                exchange.getRequestHeaders().getFirst("Authorization"), body));
            try {
                if (holding) {
                    closed.await();
                }
                byte[] out = (rawBody != null ? rawBody : completion(content)).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", "application/json");
                exchange.sendResponseHeaders(status, out.length);
                try (OutputStream os = exchange.getResponseBody()) {
                    os.write(out);
                }
            } catch (InterruptedException | IOException e) {
                exchange.close();
            }
        });
        server.start();
    }

    private static String completion(String content) throws IOException {
        ObjectMapper json = new ObjectMapper();
        var root = json.createObjectNode();
        root.put("id", "chatcmpl-test");
        root.put("object", "chat.completion");
        var choice = root.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        return json.writeValueAsString(root);
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    FakeChatServer answer(String content) {
        this.content = content;
        return this;
    }

    FakeChatServer status(int status) {
        this.status = status;
        return this;
    }

    /** Answers only when the server is closed: a client waiting for it has to give up on its own timeout. */
    FakeChatServer holdAnswers() {
        this.holding = true;
        return this;
    }

    FakeChatServer rawBody(String body) {
        this.rawBody = body;
        return this;
    }

    List<Request> requests() {
        return requests;
    }

    @Override
    public void close() {
        closed.countDown();
        server.stop(0);
    }
}
