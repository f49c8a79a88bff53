package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin UI in Polish, in a real headless Chromium over the demo data: the header's switch turns the sign-in page
 * Polish and the choice stays through signing in until English is picked again; the main flows (the Points
 * breakdown with an explanation, Add employees, the Remove wizard, Link clients, Unassign on the client page, the
 * Activity log) in Polish words with Polish numbers, money and dates; and every page and state, at a desk's width and
 * a phone's, fits the phone, passes axe ({@link Axe}) and shows no English word but names. Screenshots of each are
 * saved at 1440 and 390 px as {@code pl-*.png}.
 */
class AdminUiPolishBrowserTest extends BrowserFlow {

    private static final Texts PL = Texts.in(Language.PL);
    /**
     * Words that give English away in the page's text (data and the names the UI keeps in English, such as Client
     * Access Manager and Hub ID, aside).
     */
    private static final Pattern ENGLISH = Pattern.compile("\\b(the|and|your|with|from|is|are|not|of|Add|Remove"
            + "|Show|Showing|Page|Next|Previous|Search|Sign|Clients?|Points|breakdown|Employees?|Contractors?"
            + "|Activity|log|Yes|No|Why|Expires|Active|Deactivated|Link|Unassign|Cancel|Close|Step|Done|None)\\b");
    private static final List<String> KEPT_IN_ENGLISH = List.of("Client Access Manager", "Managed MRR", "Hub ID");

    @Test
    void theSwitch_turnsTheSignInPagePolish_theChoiceStaysAfterSigningIn_untilEnglishIsPicked() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Sign in");

        driver.findElement(By.cssSelector("form.languages button[value=pl]")).click();

        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Zaloguj się"));
        assertThat(driver.getCurrentUrl()).isEqualTo(ui.baseUrl() + "/ui/sign-in");
        assertPolish("the sign-in page");
        screenshotsAtBothWidths("pl-01-sign-in");
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(ExpectedConditions.textToBe(By.id("email-error"), "Wpisz swój adres e-mail."));
        assertPolish("the sign-in page with its errors");
        screenshotsAtBothWidths("pl-01b-sign-in-errors");

        signIn();

        assertThat(driver.findElement(By.cssSelector(".main-nav a[aria-current=page]")).getText())
                .isEqualTo("Podział punktów");
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Podział punktów");
        assertThat(text("total-points")).isEqualTo("219,14");
        assertThat(text("serviced-clients")).isEqualTo("11");
        assertThat(cells(7100001)).containsExactly("USD", "1 000,00", "500,00", "5,00", "2", "01.01.2026",
                "02.03.2026");
        assertThat(cells(7100003).get(2)).as("yen, without decimals").isEqualTo("450 000");
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg rect.bar")));
        driver.manage().window().setSize(new Dimension(DESK_WIDTH, HEIGHT));
        assertThat(overflow("breakdown-table")).as("how far the Polish table sticks out of its box at %d px", DESK_WIDTH)
                .isZero();
        assertPolish("the Points breakdown");
        screenshotsAtBothWidths("pl-02-points-breakdown");

        driver.findElement(By.cssSelector("#row-7100006 button[data-toggle-detail]")).click();
        WebElement detail = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(detail.getText()).contains(PL.get("points.explain.servicing"), "Dezaktywowany");
        assertPolish("the Points breakdown with a row's explanation open");
        screenshotsAtBothWidths("pl-03-explanation");

        driver.get(ui.baseUrl() + "/ui/clients?q=glob");
        wait(ExpectedConditions.textToBe(By.cssSelector(".tabs a[aria-current=page]"), "Klienci"));
        assertPolish("the Client Access Manager filtered by a search");
        driver.findElement(By.cssSelector("form.languages button[value=en]")).click();

        wait(ExpectedConditions.textToBe(By.cssSelector(".tabs a[aria-current=page]"), "Clients"));
        assertThat(driver.getCurrentUrl()).isEqualTo(ui.baseUrl() + "/ui/clients?q=glob");
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("en");
    }

    @Test
    void theRemoveWizard_theBreakdownAfterwards_andAddEmployees_inPolish() {
        choosePolish();
        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        waitForHtmx();
        assertThat(text("servicing-now")).isEqualTo("Obsługujesz tego klienta");
        assertThat(text("standing-credit")).isEqualTo("500,00 USD");
        assertPolish("a client's page with its standing");
        screenshotsAtBothWidths("pl-06-client-page");
        staffRow("ann@northwind.example").findElement(By.cssSelector("button.remove")).click();
        WebElement stepOne = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard .wizard")));
        assertThat(stepOne.getText()).containsIgnoringCase("Krok 1 z 2")
                .contains("Usunąć Ann Lee z klienta Globex Corporation?");
        assertPolish("step 1 of the Remove employee from client wizard");
        screenshotsAtBothWidths("pl-07-remove-wizard-step-1");
        stepOne.findElement(By.xpath(".//button[normalize-space()='Dalej']")).click();
        WebElement warning = wait(ExpectedConditions.visibilityOfElementLocated(By.id("ends-warning")));
        assertThat(warning.getText()).contains(PL.get("access.removal.ends", "Globex Corporation"));
        assertPolish("step 2 of the Remove employee from client wizard");
        screenshotsAtBothWidths("pl-08-remove-wizard-step-2");
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()="
                + "'Usuń Ann Lee z Globex Corporation']")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo(PL.get("access.done.removed", "Ann Lee") + " "
                + PL.get("access.done.relationshipEnded"));
        wait(ExpectedConditions.textToBe(By.id("servicing-now"), "Nie obsługujesz tego klienta"));
        assertPolish("a client's page after an employee was removed");

        driver.findElement(By.linkText("Podział punktów")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();
        driver.findElement(By.cssSelector("#row-7100001 button[data-toggle-detail]")).click();
        WebElement headline = wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#explain-7100001 .explain p.headline")));
        assertThat(headline.getText()).contains("05.01.2026, 09:00 UTC");
        assertPolish("the Points breakdown after the removal, with the explanation open");
        screenshotsAtBothWidths("pl-09-breakdown-after-removal");
        driver.get(ui.baseUrl() + "/ui/clients");
        wait(ExpectedConditions.presenceOfElementLocated(By.id("clients-table")));
        assertPolish("the Clients tab");
        screenshotsAtBothWidths("pl-04-clients");

        driver.findElement(By.id("client-7100002-add")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100002-panel form")));
        clickLabel("Farah Haddad");
        clickLabel("Gwen Okafor");
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        assertFitsThePhone("the Clients tab with an Add employees panel open, in Polish");
        assertPolish("the Add employees panel with two employees ticked");
        screenshotsAtBothWidths("pl-05-add-employees");
        driver.findElement(By.cssSelector("#client-7100002-panel button[type=submit]")).click();
        WebElement done = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100002 p.success")));
        assertThat(done.getText()).isEqualTo(PL.count("access.done.assigned", 2, "Farah Haddad, Gwen Okafor",
                "Umbrella Health") + " " + PL.count("access.done.seatsAdded", 2, "Farah Haddad, Gwen Okafor"));
        assertPolish("the Clients tab after employees were added");
    }

    @Test
    void unassign_linkClients_andTheActivityLog_inPolish() {
        for (long hubId = 7100001; hubId <= 7100012; hubId++) {
            ui.given.seat(hubId, "nia@northwind.example", SeatStatus.ACTIVE);
        }
        ui.given.employee("northwind-demo", "nia@northwind.example", "Nia Patel");
        choosePolish();

        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        WebElement unassign = staffRow("ann@northwind.example").findElement(By.cssSelector("button.unassign"));
        unassign.click();
        WebElement title = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard h3")));
        assertThat(title.getText()).isEqualTo("Cofnąć przypisanie Ann Lee do klienta Globex Corporation?");
        assertPolish("the Unassign confirmation");
        screenshotsAtBothWidths("pl-10-unassign-confirm");
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Cofnij przypisanie']")).click();
        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo(PL.get("access.done.unassigned", "Ann Lee",
                "Globex Corporation (7100001)"));
        assertPolish("a client's page after an unassignment");

        driver.get(ui.baseUrl() + "/ui/contractors");
        WebElement fay = wait(d -> contractorRow("Fay Ortiz"));
        String fayId = fay.getAttribute("id");
        fay.findElement(By.cssSelector("button[data-opener]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " ul.eligible")));
        assertThat(driver.findElements(By.cssSelector("#" + fayId + " ul.eligible > li")))
                .extracting(WebElement::getText)
                .containsExactly("Andes Coffee Hub ID: 7100010 Połączony", "Połącz z Massive Dynamic Hub ID: 7100015");
        assertPolish("a Link clients panel");
        screenshotsAtBothWidths("pl-11-link-clients");
        tabUntil(element -> element.getText().startsWith("Połącz z Massive Dynamic"));
        keys(Keys.ENTER);
        WebElement linked = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " p.success")));
        assertThat(linked.getText()).isEqualTo(PL.get("access.done.linked", "Fay Ortiz",
                "Massive Dynamic (7100015)"));
        assertPolish("the Contractors tab after Link clients");

        driver.get(ui.baseUrl() + "/ui/activity?user=nia%40northwind.example");
        WebElement entry = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.activity-entry")));
        WebElement summary = entry.findElement(By.cssSelector("details summary"));
        summary.click();
        assertThat(entry.findElements(By.cssSelector("details ul li"))).hasSize(12);
        assertThat(summary.getText()).contains("12 klientów");
        assertPolish("the Activity log with an automatic assignment's clients open");
        screenshotsAtBothWidths("pl-12-activity-grouped");
        driver.get(ui.baseUrl() + "/ui/activity");
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.activity-entry")));
        assertPolish("the Activity log");
        screenshotsAtBothWidths("pl-13-activity-log");
    }

    @Test
    void everyPage_inPolish_fitsAPhone_passesAxe_andShowsNoEnglish() {
        choosePolish();
        for (String page : List.of("/ui/points?expiring=on", "/ui/points?asOf=2026-12-31", "/ui/points?q=nothing-like-it",
                "/ui/points?sort=points&dir=desc", "/ui/clients/7100006", "/ui/clients/7100001?asOf=2025-12-01",
                "/ui/contractors", "/ui/employees", "/ui/clients/1", "/ui/activity?q=no+such+words+anywhere")) {
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
            driver.get(ui.baseUrl() + page);
            waitForHtmx();
            assertFitsThePhone(page);
            assertPolish(page);
        }
        driver.get(ui.baseUrl() + "/ui/points");
        waitForHtmx();
        driver.findElement(By.id("units-link")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("point-units")));
        assertPolish("the point units");
        screenshotsAtBothWidths("pl-14-point-units");
        driver.get(ui.baseUrl() + "/ui/employees");
        screenshotsAtBothWidths("pl-15-employees");
        driver.get(ui.baseUrl() + "/ui/clients/1");
        screenshotsAtBothWidths("pl-16-not-found");
    }

    @Test
    void reactivation_refusals_formErrors_anEmptyPartner_andSigningOut_inPolish() {
        choosePolish();
        driver.get(ui.baseUrl() + "/ui/clients/7100006");
        assertThat(staffRow("bo@northwind.example").findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Dezaktywowany");
        driver.manage().window().setSize(new Dimension(DESK_WIDTH, HEIGHT));
        assertThat(overflow("staff-table")).as("how far the Polish users table sticks out of its box at %d px",
                DESK_WIDTH).isZero();
        assertPolish("a client's page with a deactivated user");
        screenshotsAtBothWidths("pl-17-deactivated-user");
        staffRow("bo@northwind.example").findElement(By.cssSelector("button.reactivate")).click();
        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo(PL.get("access.done.reactivated", "Bo Chen"));
        assertThat(staffRow("bo@northwind.example").findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Aktywny");
        assertPolish("a client's page after a user was reactivated");

        ui.given.seat(7100006, "bo@northwind.example", SeatStatus.DEACTIVATED);
        driver.navigate().refresh();
        WebElement reactivate = staffRow("bo@northwind.example").findElement(By.cssSelector("button.reactivate"));
        ui.given.removeSeat(7100006, "bo@northwind.example");
        reactivate.click();
        WebElement refused = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-error")));
        assertThat(refused.getText()).contains("bo@northwind.example", "7100006");
        assertPolish("a client's page with a reactivation refused");
        screenshotsAtBothWidths("pl-18-reactivate-refused");

        driver.get(ui.baseUrl() + "/ui/contractors");
        WebElement fay = wait(d -> contractorRow("Fay Ortiz"));
        String fayId = fay.getAttribute("id");
        fay.findElement(By.cssSelector("button[data-opener]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id(fayId + "-client")))
                .sendKeys("Globex Corporation (7100001)", Keys.ENTER);
        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id(fayId + "-client-error")));
        assertThat(error.getText()).isEqualTo(PL.get("access.error.notAClientUser", "Fay Ortiz",
                "fay@studio-fay.example", "Globex Corporation (7100001)"));
        assertPolish("the Contractors page with Link clients refused");
        screenshotsAtBothWidths("pl-19-link-clients-refused");

        driver.get(ui.baseUrl() + "/ui/clients");
        wait(ExpectedConditions.elementToBeClickable(By.id("client-7100001-add"))).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001-panel form")));
        driver.findElement(By.cssSelector("#client-7100001-panel button[type=submit]")).click();
        wait(ExpectedConditions.textToBe(By.id("client-7100001-panel-error"), "Wybierz co najmniej jednego pracownika."));
        assertPolish("the Add employees panel sent with nobody picked");

        driver.get(ui.baseUrl() + "/ui/activity?client=abc");
        wait(ExpectedConditions.textToBe(By.id("client-error"), PL.get("activity.error.hubId")));
        assertPolish("the Activity log's filters with a Hub ID that is not a number");
        screenshotsAtBothWidths("pl-20-activity-filter-error");

        driver.findElement(By.cssSelector("form.sign-out button")).click();
        wait(ExpectedConditions.textToBe(By.cssSelector("p.note.success"), "Wylogowano."));
        assertPolish("the sign-in page after signing out");

        ui.given.partner("empty", "Empty Co", "empty.example").admin("empty", "admin@empty.example", "long enough pw");
        driver.findElement(By.id("email")).sendKeys("admin@empty.example");
        driver.findElement(By.id("password")).sendKeys("long enough pw");
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        assertThat(text("empty-heading")).isEqualTo("Nie masz jeszcze klientów");
        assertPolish("the Points breakdown of a partner without clients");
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        assertFitsThePhone("/ui/points without clients, in Polish");
        screenshotsAtBothWidths("pl-21-points-no-clients");
    }

    /** The admin signs in with Polish picked (the switch's cookie), as a returning Polish admin is. */
    private void choosePolish() {
        driver.manage().addCookie(new Cookie(Language.COOKIE, "pl", "/ui"));
        signIn();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).isEqualTo("pl");
    }

    /** How many pixels the table is wider than its scroll box (0 when it fits). */
    private long overflow(String tableId) {
        return ((Number) ((JavascriptExecutor) driver).executeScript("const wrap = document.getElementById("
                + "arguments[0]).parentElement; return wrap.scrollWidth - wrap.clientWidth;", tableId)).longValue();
    }

    /** The cells of a breakdown row after its name: currency, MRR, credit, points, shared with, last activity, expiry. */
    private List<String> cells(long hubId) {
        return wait(d -> {
            List<WebElement> cells = d.findElements(By.xpath("//tbody[@id='row-" + hubId + "']/tr[1]/td"));
            return List.of(cells.get(1).getText(), cells.get(2).getText(), cells.get(3).getText(),
                    cells.get(4).getText(), cells.get(5).getText(), cells.get(6).getText(),
                    cells.get(7).findElement(By.tagName("span")).getText());
        });
    }

    /**
     * The page is Polish: {@code lang="pl"}, no English word in its text or in the labels a screen reader reads, and
     * axe finds nothing at either width.
     */
    private void assertPolish(String state) {
        waitForHtmx();
        assertThat(driver.findElement(By.tagName("html")).getAttribute("lang")).as(state).isEqualTo("pl");
        String words = (String) ((JavascriptExecutor) driver).executeScript(
                "const labels = Array.from(document.querySelectorAll('[aria-label], [title], [placeholder]'),"
                        + " e => [e.getAttribute('aria-label'), e.getAttribute('title'), e.getAttribute('placeholder')]"
                        + ".filter(Boolean).join(' '));"
                        + " return document.body.innerText + ' ' + labels.join(' ') + ' ' + document.title;");
        for (String kept : KEPT_IN_ENGLISH) {
            words = words.replace(kept, "");
        }
        words = words.replaceAll("\\S+@\\S+", "");
        Matcher english = ENGLISH.matcher(words);
        if (english.find()) {
            int from = Math.max(0, english.start() - 60);
            throw new AssertionError("English in " + state + ": \"" + english.group() + "\" in …"
                    + words.substring(from, Math.min(words.length(), english.end() + 60)).replace('\n', ' ') + "…");
        }
        assertAccessible(state + " (in Polish)");
    }
}
