package com.managedmrr.web.ui;

import com.managedmrr.application.catalogue.SetPointRateCommand;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

class PointsPageRoutesTest {

    private TestUi ui;
    private UiClient admin;

    @BeforeEach
    void start() {
        ui = TestUi.start();
        Scenario.build(ui);
        admin = Scenario.signedIn(ui);
    }

    @AfterEach
    void stop() {
        ui.close();
    }

    @Test
    void page_showsTheTotalsTheFilterAndARowPerClient() {
        UiClient.Reply page = admin.get("/ui/points");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h1>Points breakdown</h1>")
                .containsPattern("id=\"total-points\">41.25<")
                .containsPattern("id=\"serviced-clients\">2<")
                .contains("<label for=\"q\">Search clients</label>", "<label for=\"asOf\">As of</label>",
                        "<label for=\"expiring\">Only credit expiring within 14 days</label>")
                .contains(">Showing 1–2 of 2 clients<")
                .contains(">Globex</a>", ">Kagami Robotics</a>")
                .doesNotContain("Secret Client", "Initrode");
        assertThat(rowOf(page.body(), 501)).contains(">1,000.00<", ">1,000.00<", ">10.00<");
        assertThat(rowOf(page.body(), 502)).contains(">JPY<", ">450,000<", ">31.25<", "Expires soon");
    }

    @Test
    void htmxSearch_answersTheTablePartialWithTheMatchingRowsOnly() {
        UiClient.Reply partial = admin.htmxGet("/ui/points?q=kag");

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body()).doesNotContain("<html", "<h1>")
                .contains(">Kagami Robotics</a>").doesNotContain(">Globex</a>")
                .contains(">Showing 1 client<").doesNotContain("1 clients")
                .containsPattern("id=\"total-points\">41.25<");
        assertThat(partial.header("Vary")).contains("HX-Request");
    }

    @Test
    void searchByHubId_findsTheClient() {
        assertThat(admin.htmxGet("/ui/points?q=501").body()).contains(">Globex</a>").doesNotContain("Kagami");
    }

    @Test
    void aFutureDate_isAProjection_inWhichCreditExpires() {
        String inTwentyDays = java.time.LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(20)),
                java.time.ZoneOffset.UTC).toString();

        UiClient.Reply partial = admin.htmxGet("/ui/points?asOf=" + inTwentyDays);

        assertThat(partial.body())
                .contains(inTwentyDays + " (projection)", "Projection: these figures assume no new qualifying activity")
                .containsPattern("id=\"total-points\">10.00<")
                .containsPattern("id=\"serviced-clients\">1<");
    }

    @Test
    void aDatePastTheSixtyDays_isAProjection_withZeroCreditOnEveryRow() {
        String inSixtyOneDays = java.time.LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(61)),
                java.time.ZoneOffset.UTC).toString();

        UiClient.Reply partial = admin.htmxGet("/ui/points?q=&asOf=" + inSixtyOneDays);

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.header("HX-Push-Url")).isEqualTo("/ui/points?asOf=" + inSixtyOneDays);
        assertThat(partial.body()).contains(inSixtyOneDays + " (projection)", "id=\"projection-note\"")
                .containsPattern("id=\"total-points\">0.00<")
                .containsPattern("id=\"serviced-clients\">0<");
        assertThat(rowOf(partial.body(), 501)).contains("class=\"idle\"", ">USD<", ">1,000.00<", ">0.00<", ">0<",
                ">—<").doesNotContain(">10.00<");
        assertThat(rowOf(partial.body(), 502)).contains("class=\"idle\"", ">450,000<", ">0<", ">0.00<", ">—<")
                .doesNotContain("Expires soon", ">31.25<");
        assertThat(admin.htmxGet("/ui/points/501/explanation?asOf=" + inSixtyOneDays).body())
                .contains("as of " + inSixtyOneDays + " (projection)",
                        "Credit expired: your last attributed activity was more than 60 days before this date.");
    }

    @Test
    void htmxFilters_pushTheFilterAsTheServerUnderstoodIt() {
        assertThat(admin.htmxGet("/ui/points?q=&asOf=&expiring=on").header("HX-Push-Url"))
                .isEqualTo("/ui/points?expiring=on");
        assertThat(admin.htmxGet("/ui/points?q=+kag+&asOf=").header("HX-Push-Url")).isEqualTo("/ui/points?q=kag");
        assertThat(admin.htmxGet("/ui/points?q=&asOf=").header("HX-Push-Url")).isEqualTo("/ui/points");
        assertThat(admin.htmxGet("/ui/points?asOf=2026-13-45").header("HX-Push-Url")).isEqualTo("false");
    }

    @Test
    void aSearchTooLong_answers422WithTheMessageNextToTheField() {
        UiClient.Reply partial = admin.htmxGet("/ui/points?q=" + "x".repeat(201));

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body()).contains("id=\"q-error\" class=\"error\" hx-swap-oob=\"true\">Search for at most"
                + " 200 characters.<").contains(">Globex</a>", ">Kagami Robotics</a>");
    }

    @Test
    void anInvalidDate_answers422WithTheMessageSwappedNextToTheField() {
        UiClient.Reply partial = admin.htmxGet("/ui/points?asOf=2026-13-45");

        assertThat(partial.status()).isEqualTo(422);
        assertThat(partial.body()).contains("id=\"asOf-error\" class=\"error\" hx-swap-oob=\"true\">Enter a date as YYYY-MM-DD.<");
    }

    @Test
    void anInvalidDate_onTheFullPage_showsTheMessageNextToTheField() {
        UiClient.Reply page = admin.get("/ui/points?asOf=yesterday");

        assertThat(page.status()).isEqualTo(422);
        assertThat(page.body()).contains("id=\"asOf-error\" class=\"error\">Enter a date as YYYY-MM-DD.<")
                .doesNotContain("hx-swap-oob");
    }

    @Test
    void theExpiringFilter_showsOnlyCreditExpiringWithin14Days() {
        UiClient.Reply partial = admin.htmxGet("/ui/points?expiring=on");

        assertThat(partial.body()).contains(">Kagami Robotics</a>").doesNotContain(">Globex</a>");
    }

    @Test
    void aRowsExplanation_showsTheFourStepsAndWhatKeepsItAlive() {
        UiClient.Reply explanation = admin.htmxGet("/ui/points/501/explanation");

        assertThat(explanation.status()).isEqualTo(200);
        assertThat(explanation.body()).startsWith("<td colspan=\"10\"")
                .contains("You are servicing this client.")
                .contains("Kept alive by ann@acme.example")
                .contains("Ann Lee", "1. In your partner account", "4. Qualifying activity (60 days)")
                .doesNotContain("class=\"no\"");
    }

    @Test
    void aRowsExplanation_saysWhyThereIsNoCredit() {
        ui.clock.advance(Duration.ofDays(55));

        UiClient.Reply explanation = admin.htmxGet("/ui/points/501/explanation");

        assertThat(explanation.body()).contains("Credit expired: your last attributed activity was more than 60 days")
                .contains("Last attributed activity is more than 60 days old.");
    }

    @Test
    void anotherPartnersClient_hasNoExplanation_404() {
        assertThat(admin.htmxGet("/ui/points/601/explanation").status()).isEqualTo(404);
        assertThat(admin.htmxGet("/ui/points/503/explanation").status()).isEqualTo(404);
        assertThat(admin.htmxGet("/ui/points/999999/explanation").status()).isEqualTo(404);
        assertThat(admin.htmxGet("/ui/points/abc/explanation").status()).isEqualTo(404);
    }

    @Test
    void csv_isTheWholeFilteredTable() {
        UiClient.Reply csv = admin.get("/ui/points.csv?q=kag");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=\"points-breakdown-acme-");
        assertThat(csv.body()).startsWith("Client,Hub ID,Currency,MRR,Managed credit,Points,Shared with,Servicing,"
                        + "Last qualifying activity,Expires on\r\n")
                .contains("Kagami Robotics,502,JPY,450000,450000,31.25,1,yes,")
                .doesNotContain("Globex");
    }

    @Test
    void csv_neutralisesFormulasInClientNames() {
        ui.given.client(504, "=HYPERLINK(\"evil\")", "USD", "10.00").addEmployees("acme", 504, "cy@acme.example");

        UiClient.Reply csv = admin.get("/ui/points.csv");

        assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"evil\"\")\",504,");
    }

    @Test
    void chart_isAnSvgOfTenBarsWithTheFiguresAsATable() {
        UiClient.Reply chart = admin.htmxGet("/ui/points/chart");

        assertThat(chart.status()).isEqualTo(200);
        assertThat(chart.body()).contains("<svg", "role=\"img\"", "viewBox=\"0 0 720 240\"")
                .contains("Show the figures as a table");
        assertThat(count(chart.body(), "<rect x=")).isEqualTo(10);
        assertThat(count(chart.body(), "class=\"bar projected\"")).isEqualTo(3);
        assertThat(chart.body()).contains(">Today<", ">41.25<");
    }

    @Test
    void manyClients_arePaged50AtATime() {
        for (int i = 0; i < 70; i++) {
            ui.given.client(10_000 + i, "Bulk client " + i, "USD", "100.00");
        }
        for (int i = 0; i < 70; i++) {
            ui.given.addEmployees("acme", 10_000 + i, "cy@acme.example");
        }

        UiClient.Reply first = admin.get("/ui/points");
        UiClient.Reply second = admin.htmxGet("/ui/points?page=2");

        assertThat(count(first.body(), "class=\"row-group\"")).isEqualTo(50);
        assertThat(first.body()).contains("Showing 1–50 of 72 clients", "Page 1 of 2", "href=\"/ui/points?page=2\"");
        assertThat(count(second.body(), "class=\"row-group\"")).isEqualTo(22);
        assertThat(second.body()).contains("Showing 51–72 of 72 clients", "rel=\"prev\"");
    }

    @Test
    void aPartnerWithoutClients_seesHowAClientAppears_andNoFilterTableOrChart() {
        UiClient other = signedInWithoutClients();

        UiClient.Reply page = other.get("/ui/points");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body())
                .contains("<h2 id=\"empty-heading\">You have no clients yet</h2>",
                        "A client appears on this page once one of your users is assigned to it",
                        "href=\"/ui/clients\">Open the Client Access Manager</a>")
                .doesNotContain("No clients match", "id=\"breakdown-table\"", "id=\"total-points\"",
                        "id=\"points-filter\"", "id=\"chart\"", "id=\"csv-link\"", "id=\"point-units\"");
        assertThat(headingLevels(page.body())).containsExactly(1, 2);
    }

    @Test
    void aDateBeforeTheFirstClient_saysThereWasNoneThen_andKeepsTheFilterToPickAnother() {
        String before = java.time.LocalDate.ofInstant(ui.clock.now().minus(Duration.ofDays(70)),
                java.time.ZoneOffset.UTC).toString();

        UiClient.Reply page = admin.get("/ui/points?asOf=" + before);

        assertThat(page.body()).contains(">You had no clients on " + before + "</h2>", "id=\"points-filter\"")
                .doesNotContain("id=\"breakdown-table\"", "No clients match");
    }

    @Test
    void aSearchWithNoResults_offersClearSearch_keepingTheRestOfTheState() {
        String tomorrow = java.time.LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(1)),
                java.time.ZoneOffset.UTC).toString();

        UiClient.Reply partial = admin.htmxGet("/ui/points?q=nobody&asOf=" + tomorrow + "&sort=points&dir=desc");

        assertThat(partial.status()).isEqualTo(200);
        assertThat(partial.body())
                .containsPattern("No clients match\\s+“<span>nobody</span>”\\.")
                .contains("id=\"clear-search\" href=\"/ui/points?asOf=" + tomorrow + "&amp;sort=points&amp;dir=desc\"")
                .contains("data-reset-field=\"q\">Clear search</a>")
                .containsPattern("id=\"total-points\">41.25<")
                .doesNotContain("id=\"breakdown-table\"", "id=\"csv-link\"", "<thead><tr><th scope=\"col\">Client");
        assertThat(admin.get("/ui/points?q=nobody&expiring=on").body())
                .contains("id=\"clear-search\" href=\"/ui/points?expiring=on\"");
    }

    @Test
    void noCreditExpiringSoon_offersEveryClient_keepingTheRestOfTheState() {
        String inSixtyOneDays = java.time.LocalDate.ofInstant(ui.clock.now().plus(Duration.ofDays(61)),
                java.time.ZoneOffset.UTC).toString();

        UiClient.Reply partial = admin.htmxGet("/ui/points?expiring=on&asOf=" + inSixtyOneDays + "&sort=mrr");

        assertThat(partial.body()).contains(">No credit expires within 14 days.<")
                .contains("id=\"show-all\" href=\"/ui/points?asOf=" + inSixtyOneDays + "&amp;sort=mrr\"")
                .doesNotContain("id=\"breakdown-table\"", "id=\"clear-search\"");
    }

    @Test
    void sortByAColumn_ordersTheRows_marksTheHeader_andLinksTheOtherDirection() {
        UiClient.Reply byName = admin.get("/ui/points");
        UiClient.Reply byPointsDown = admin.get("/ui/points?sort=points&dir=desc");
        UiClient.Reply byPointsUp = admin.htmxGet("/ui/points?sort=points");

        assertThat(rowOrder(byName.body())).containsExactly(501L, 502L);
        assertThat(byName.body()).contains("<th scope=\"col\" aria-sort=\"ascending\"><a class=\"sort\" id=\"sort-client\""
                + " href=\"/ui/points?sort=client&amp;dir=desc\"");
        assertThat(count(byName.body(), "aria-sort=")).isEqualTo(1);
        assertThat(rowOrder(byPointsDown.body())).containsExactly(502L, 501L);
        assertThat(byPointsDown.body())
                .contains("<th scope=\"col\" class=\"num\" aria-sort=\"descending\"><a class=\"sort\""
                        + " id=\"sort-points\" href=\"/ui/points?sort=points\"")
                .contains("id=\"sort-client\" href=\"/ui/points\"", "id=\"sort-mrr\" href=\"/ui/points?sort=mrr\"")
                .contains("<input type=\"hidden\" id=\"sort-field\" name=\"sort\" value=\"points\">",
                        "<input type=\"hidden\" id=\"dir-field\" name=\"dir\" value=\"desc\">");
        assertThat(count(byPointsDown.body(), "aria-sort=")).isEqualTo(1);
        assertThat(rowOrder(byPointsUp.body())).containsExactly(501L, 502L);
        assertThat(byPointsUp.header("HX-Push-Url")).isEqualTo("/ui/points?sort=points");
        assertThat(byPointsUp.body()).contains("id=\"sort-field\" name=\"sort\" value=\"points\" hx-swap-oob=\"true\"",
                "id=\"dir-field\" name=\"dir\" value=\"\" hx-swap-oob=\"true\"");
    }

    @Test
    void sortByEveryColumn_isAccepted_andAnUnknownOneIsTheTablesOwnOrder() {
        for (String column : List.of("client", "hub-id", "currency", "mrr", "credit", "points", "shared-with",
                "last-activity", "expires-on")) {
            UiClient.Reply reply = admin.htmxGet("/ui/points?sort=" + column + "&dir=desc");
            assertThat(reply.status()).as(column).isEqualTo(200);
            assertThat(reply.header("HX-Push-Url")).as(column).isEqualTo("/ui/points?sort=" + column + "&dir=desc");
            assertThat(reply.body()).as(column).contains("id=\"sort-" + column + "\"")
                    .containsPattern("aria-sort=\"descending\"><a class=\"sort\" id=\"sort-" + column + "\"");
        }
        assertThat(rowOrder(admin.htmxGet("/ui/points?sort=last-activity&dir=desc").body())).containsExactly(501L, 502L);
        assertThat(rowOrder(admin.htmxGet("/ui/points?sort=expires-on").body())).containsExactly(502L, 501L);
        UiClient.Reply unknown = admin.htmxGet("/ui/points?sort=%3Cscript%3E&dir=sideways");
        assertThat(unknown.status()).isEqualTo(200);
        assertThat(unknown.header("HX-Push-Url")).isEqualTo("/ui/points");
        assertThat(rowOrder(unknown.body())).containsExactly(501L, 502L);
    }

    @Test
    void paging_keepsTheSort_andTheSortLinksGoBackToTheFirstPage() {
        for (int i = 0; i < 70; i++) {
            ui.given.client(10_000 + i, "Bulk client " + i, "USD", Integer.toString(100 + i) + ".00");
        }
        for (int i = 0; i < 70; i++) {
            ui.given.addEmployees("acme", 10_000 + i, "cy@acme.example");
        }

        UiClient.Reply first = admin.get("/ui/points?sort=mrr&dir=desc");
        UiClient.Reply second = admin.htmxGet("/ui/points?sort=mrr&dir=desc&page=2");

        assertThat(first.body()).contains("href=\"/ui/points?sort=mrr&amp;dir=desc&amp;page=2\"");
        assertThat(rowOrder(first.body()).get(0)).as("JPY 450,000 is the largest MRR").isEqualTo(502L);
        assertThat(rowOrder(second.body())).hasSize(22).endsWith(10_001L, 10_000L);
        assertThat(second.body()).contains("rel=\"prev\"", "href=\"/ui/points?sort=mrr&amp;dir=desc\"")
                .contains("id=\"sort-mrr\" href=\"/ui/points?sort=mrr\"");
    }

    @Test
    void csv_followsTheSort() {
        String csv = admin.get("/ui/points.csv?sort=points&dir=desc").body();

        assertThat(csv.indexOf("Kagami Robotics,502")).isLessThan(csv.indexOf("Globex,501"));
    }

    @Test
    void thePointUnits_inEffectOnThePagesDate_areLinkedFromTheTotals() {
        Instant before = ui.clock.now();
        ui.clock.advance(Duration.ofDays(1));
        ui.services.setPointRate().setPointRate(new SetPointRateCommand("USD", new BigDecimal("90")))
                .toCompletableFuture().join();
        String yesterday = java.time.LocalDate.ofInstant(before, java.time.ZoneOffset.UTC).toString();

        UiClient.Reply today = admin.get("/ui/points");
        UiClient.Reply then = admin.htmxGet("/ui/points?asOf=" + yesterday);

        assertThat(today.body()).contains("<a class=\"card-link\" id=\"units-link\" href=\"#point-units\">How points are counted</a>")
                .contains("<section class=\"units\" id=\"point-units\" aria-labelledby=\"units-heading\" tabindex=\"-1\">",
                        "<h2 id=\"units-heading\">How points are counted</h2>");
        assertThat(unitsOf(today.body())).contains("<th scope=\"row\">USD</th>\n        <td class=\"num\">90\u00a0USD</td>",
                "<th scope=\"row\">JPY</th>\n        <td class=\"num\">14,400\u00a0JPY</td>",
                "<th scope=\"row\">COP</th>\n        <td class=\"num\">408,000\u00a0COP</td>");
        assertThat(unitsOf(then.body())).contains("id=\"units-date\">" + yesterday + "<",
                "<th scope=\"row\">USD</th>\n        <td class=\"num\">100\u00a0USD</td>");
    }

    @Test
    void headings_goDownOneLevelAtATime_withTheExplanationUnderTheTablesHeading() {
        String page = admin.get("/ui/points").body();

        assertThat(headingLevels(page)).containsExactly(1, 2, 2, 2);
        assertThat(page.indexOf("id=\"clients-heading\"")).isLessThan(page.indexOf("id=\"breakdown-table\""));
        assertThat(page.indexOf("id=\"breakdown-table\"")).isLessThan(page.indexOf("id=\"units-heading\""));
        assertThat(headingLevels(admin.htmxGet("/ui/points/501/explanation").body())).containsExactly(3);
    }

    static List<Integer> headingLevels(String html) {
        Matcher matcher = Pattern.compile("<h([1-6])[ >]").matcher(html);
        List<Integer> levels = new ArrayList<>();
        while (matcher.find()) {
            levels.add(Integer.parseInt(matcher.group(1)));
        }
        return levels;
    }

    static List<Long> rowOrder(String html) {
        Matcher matcher = Pattern.compile("<tbody id=\"row-(\\d+)\"").matcher(html);
        List<Long> hubIds = new ArrayList<>();
        while (matcher.find()) {
            hubIds.add(Long.parseLong(matcher.group(1)));
        }
        return hubIds;
    }

    static String unitsOf(String html) {
        int start = html.indexOf("id=\"point-units\"");
        assertThat(start).as("the point units section").isNotNegative();
        return html.substring(start, html.indexOf("</section>", start));
    }

    private UiClient signedInWithoutClients() {
        UiClient other = ui.client();
        ui.given.partner("empty", "Empty Co", "empty.example").admin("empty", "admin@empty.example", "long enough pw");
        assertThat(other.signIn("admin@empty.example", "long enough pw").status()).isEqualTo(303);
        return other;
    }

    static String rowOf(String html, long hubId) {
        int start = html.indexOf("id=\"row-" + hubId + "\"");
        assertThat(start).as("row of " + hubId).isNotNegative();
        return html.substring(start, html.indexOf("</tbody>", start));
    }

    static int count(String text, String needle) {
        Matcher matcher = Pattern.compile(Pattern.quote(needle)).matcher(text);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

}
