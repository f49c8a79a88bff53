package com.managedmrr.web.ui;

import com.managedmrr.domain.model.DomainException;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The failure handler's answers to htmx and to plain requests, for a refusal no route turned into a form message. */
class UiFailureHandlerTest {

    private HttpServer server;
    private UiClient client;

    @BeforeEach
    void start() {
        Router router = Router.router(TestUi.VERTX);
        router.route("/refused").handler(ctx -> ctx.fail(DomainException.refused("SOME_RULE", "That is not possible now.")));
        router.route("/conflict").handler(ctx -> ctx.fail(DomainException.conflict("SOME_CONFLICT", "Someone else changed it.")));
        router.route().failureHandler(new UiFailureHandler(new PageRenderer(TestUi.VERTX)));
        server = TestUi.VERTX.createHttpServer().requestHandler(router).listen(0).await();
        client = new UiClient(TestUi.VERTX, server.actualPort());
    }

    @AfterEach
    void stop() {
        server.close().await();
    }

    @Test
    void anHtmxRefusal_answers422AsText_retargetedToTheAlertRegion_soItNeverReplacesTheTarget() {
        UiClient.Reply reply = client.htmxGet("/refused");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.header("Content-Type")).startsWith("text/plain");
        assertThat(reply.body()).isEqualTo("That is not possible now.");
        assertThat(reply.header("HX-Retarget")).isEqualTo("#flash");
        assertThat(reply.header("HX-Reswap")).isEqualTo("textContent");
    }

    @Test
    void anHtmxConflict_answers409AsText_whichHtmxDoesNotSwap() {
        UiClient.Reply reply = client.htmxGet("/conflict");

        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.body()).isEqualTo("Someone else changed it.");
        assertThat(reply.header("HX-Retarget")).isNull();
    }

    @Test
    void aPlainRefusal_rendersTheErrorPage() {
        UiClient.Reply reply = client.get("/refused");

        assertThat(reply.status()).isEqualTo(422);
        assertThat(reply.body()).contains("<h1>Not possible</h1>", "That is not possible now.");
    }
}
