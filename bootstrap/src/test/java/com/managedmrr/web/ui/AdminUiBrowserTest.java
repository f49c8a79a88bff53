package com.managedmrr.web.ui;

import com.managedmrr.domain.model.SeatStatus;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * (In bootstrap, which holds the demo data, and in the web adapter's test package, whose fixtures it shares through the
 * adapter's test-jar.)
 *
 * <p>The admin UI in a real headless Chromium ({@link HeadlessChromium}), over the demo data, one flow per test, each
 * checking what the admin sees afterwards: sign in; live search; an explanation opened in place; the expiring filter;
 * an as-of projection past the 60 days with zero credit; Add employees; the Remove employee from client wizard (its
 * step in the URL, surviving a reload, its row marked) through its Remove button and then the Points breakdown showing
 * the relationship ended, a contractor's wizard cancelled, the wizard opened from its URL on a phone; Reactivate user
 * on client (and its refusal when the seat went meanwhile); Link clients refused inline, then accepted by part of a
 * name, and by keyboard from the accounts where the contractor has a seat; a client's page with its standing at a date,
 * Unassign (confirmed) and Add employees; the Employees tab; the Activity log (an automatic assignment summed up in
 * one entry and opened by keyboard, filters, paging that keeps them, the empty state); the forms' errors; and one flow
 * with the keyboard only. Each flow saves its screenshots to {@code target/screenshots}, and runs axe ({@link Axe}) in
 * each page and state it reaches, at 1366 px and at 390 px: a violation of any impact fails it. Waits are explicit
 * (for the content a flow expects), never sleeps.
 */
class AdminUiBrowserTest extends BrowserFlow {

    @Test
    void signIn_showsThePointsBreakdown_withItsTotalsRowsAndChart() {
        driver.get(ui.baseUrl() + "/ui/");
        wait(ExpectedConditions.urlContains("/ui/sign-in"));
        assertAccessible("the sign-in page");
        screenshot("01-sign-in");

        signIn();

        assertThat(driver.getCurrentUrl()).endsWith("/ui/points");
        assertThat(driver.findElement(By.cssSelector(".top .partner")).getText()).isEqualTo("Northwind Digital");
        assertThat(text("total-points")).isEqualTo("219.14");
        assertThat(text("serviced-clients")).isEqualTo("11");
        assertThat(rowNames()).hasSize(15);
        assertThat(row(7100001)).isEqualTo(new Row("Globex Corporation", "USD", "1,000.00", "500.00", "5.00", "2",
                "2026-01-01", "2026-03-02", true));
        wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart svg rect.bar")));
        assertThat(driver.findElements(By.cssSelector("#chart svg rect.bar"))).hasSize(10);
        assertAccessible("the Points breakdown");
        screenshot("02-points-breakdown", 1500);
        ((JavascriptExecutor) driver).executeScript("document.getElementById('chart').scrollIntoView()");
        screenshot("02b-points-chart", HEIGHT, false);
    }

    @Test
    void liveSearch_filtersTheTableAsYouType_withoutSubmitting() {
        signIn();
        WebElement search = driver.findElement(By.id("q"));

        search.sendKeys("k");
        wait(d -> rowNames().equals(List.of("Kagami Robotics", "Sakura Foods", "Stark Outdoor")));
        search.sendKeys("ag");
        wait(d -> rowNames().equals(List.of("Kagami Robotics")));

        assertThat(text("row-count")).isEqualTo("Showing 1 client");
        assertThat(text("total-points")).as("the totals cover every row, whatever the search").isEqualTo("219.14");
        assertThat(driver.getCurrentUrl()).endsWith("/ui/points?q=kag");
        assertAccessible("the Points breakdown filtered by a search");
        screenshot("03-live-search");

        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE, "7100009");
        wait(d -> rowNames().equals(List.of("Cape Vineyards")));
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        wait(d -> rowNames().size() == 15);

        driver.findElement(By.linkText("Client Access Manager")).click();
        WebElement clientSearch = wait(ExpectedConditions.elementToBeClickable(By.id("client-q")));
        clientSearch.sendKeys("glob");
        wait(d -> d.findElements(By.cssSelector("#clients-table tbody.row-group")).size() == 1
                && d.findElement(By.cssSelector("#clients-table tbody.row-group th a")).getText()
                .equals("Globex Corporation"));
        assertThat(driver.getCurrentUrl()).endsWith("/ui/clients?q=glob");
        assertAccessible("the Client Access Manager filtered by a search");
        screenshot("03b-live-search-clients");
    }

    @Test
    void aRowsExplanation_opensInPlace_andCloses() {
        signIn();
        WebElement why = driver.findElement(By.cssSelector("#row-7100006 button[data-toggle-detail]"));

        why.click();

        WebElement detail = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(detail.getText()).contains("You are servicing this client.", "Kept alive by bo@northwind.example",
                "Deactivated");
        assertThat(why.getAttribute("aria-expanded")).isEqualTo("true");
        assertAccessible("the Points breakdown with a row's explanation open");
        screenshot("04-explanation", 1300);

        why.click();

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(why.getAttribute("aria-expanded")).isEqualTo("false");
    }

    @Test
    void theExpiringFilter_showsOnlyCreditExpiringWithin14Days() {
        signIn();

        driver.findElement(By.id("expiring")).click();

        wait(d -> rowNames().equals(List.of("Kagami Robotics", "Lion City Travel", "Sakura Foods")));
        assertThat(driver.findElements(By.cssSelector("#breakdown-table tbody.row-group")))
                .allSatisfy(row -> assertThat(row.getText()).contains("Expires soon"));
        assertThat(driver.getCurrentUrl()).endsWith("/ui/points?expiring=on");
        assertAccessible("the Points breakdown showing only credit that expires soon");
        screenshot("05-expiring-filter");
    }

    @Test
    void anAsOfDatePastTheSixtyDays_isAProjection_withZeroCredit() {
        signIn();
        LocalDate today = LocalDate.ofInstant(ui.clock.now(), ZoneOffset.UTC);
        Row globexToday = row(7100001);
        Row kagamiToday = row(7100003);
        assertThat(kagamiToday.credit()).isEqualTo("450,000");

        LocalDate inThirtyDays = today.plusDays(30);
        typeAsOf(inThirtyDays);

        assertThat(text("total-points")).isEqualTo("169.85");
        assertThat(text("serviced-clients")).isEqualTo("7");
        assertThat(row(7100001)).as("Globex: both partners' activities still count in 30 days")
                .isEqualTo(globexToday);
        assertThat(row(7100004)).as("Hooli: the other partner's only activity has expired, so no longer shared")
                .isEqualTo(new Row("Hooli Analytics", "USD", "3,200.00", "3,200.00", "32.00", "1", "2025-12-31",
                        "2026-03-01", true));
        assertThat(row(7100003)).as("Kagami: its last activity expires within 14 days")
                .isEqualTo(kagamiToday.expired());

        LocalDate pastSixtyDays = today.plusDays(61);
        typeAsOf(pastSixtyDays);

        assertThat(driver.findElement(By.id("projection-note")).getText())
                .contains("Projection: these figures assume no new qualifying activity after today.");
        assertThat(text("total-points")).isEqualTo("0.00");
        assertThat(text("serviced-clients")).isEqualTo("0");
        assertThat(rowNames()).hasSize(15);
        assertThat(row(7100001)).isEqualTo(globexToday.expired());
        assertThat(row(7100003)).isEqualTo(kagamiToday.expired());
        for (long hubId = 7100001; hubId <= 7100015; hubId++) {
            Row row = row(hubId);
            assertThat(new BigDecimal(row.credit().replace(",", ""))).as(row.name() + " credit").isZero();
            assertThat(row.points()).as(row.name() + " points").isEqualTo("0.00");
            assertThat(row.sharedWith()).as(row.name() + " shared with").isEqualTo("0");
            assertThat(row.expiresOn()).as(row.name() + " expires on").isEqualTo("—");
            assertThat(row.servicing()).as(row.name() + " servicing").isFalse();
        }
        driver.findElement(By.cssSelector("#row-7100001 button[data-toggle-detail]")).click();
        WebElement why = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100001 .explain")));
        assertThat(why.getText()).contains("as of " + pastSixtyDays + " (projection)",
                "Credit expired: your last attributed activity was more than 60 days before this date.");
        assertAccessible("a projection past the 60 days with an explanation open");
        screenshot("06-projection-past-60-days", 1500);
    }

    @Test
    void addEmployees_fromTheClientsTab_assignsThemAndAddsTheirSeats() {
        signIn();
        driver.findElement(By.linkText("Client Access Manager")).click();
        wait(ExpectedConditions.presenceOfElementLocated(By.id("clients-table")));

        driver.findElement(By.id("client-7100001-add")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001-panel form")));
        clickLabel("Farah Haddad");
        clickLabel("Gwen Okafor");
        assertAccessible("the Add employees panel with two employees ticked");
        screenshot("07-add-employees-form");
        driver.findElement(By.cssSelector("#client-7100001-panel button[type=submit]")).click();

        WebElement done = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001 p.success")));
        assertThat(done.getText()).isEqualTo("Farah Haddad, Gwen Okafor are now assigned to Globex Corporation."
                + " Added as active users in the client account: Farah Haddad, Gwen Okafor.");
        assertThat(driver.findElement(By.cssSelector("#client-7100001 ul.staff")).getText())
                .contains("Ann Lee", "Farah Haddad", "Gwen Okafor");
        assertAccessible("the Client Access Manager after employees were added");
        screenshot("07b-add-employees-done");

        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        assertThat(staffRow("farah@northwind.example").getText()).contains("Active", "Yes");
    }

    @Test
    void removeEmployeeFromClient_throughTheWizard_thenTheBreakdownShowsTheRelationshipEnded() {
        signIn();
        Row before = row(7100001);
        assertThat(before).isEqualTo(new Row("Globex Corporation", "USD", "1,000.00", "500.00", "5.00", "2",
                "2026-01-01", "2026-03-02", true));
        BigDecimal totalBefore = new BigDecimal(text("total-points"));
        int servicedBefore = Integer.parseInt(text("serviced-clients"));
        driver.findElement(By.linkText("Globex Corporation")).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Globex Corporation"));
        assertThat(text("servicing-now")).isEqualTo("You are servicing this client");

        staffRow("ann@northwind.example").findElement(By.cssSelector("button.remove")).click();

        WebElement stepOne = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard .wizard")));
        assertThat(stepOne.getText()).containsIgnoringCase("Step 1 of 2").contains("Remove Ann Lee from Globex Corporation?");
        assertThat(driver.findElement(By.id("lost-access")).getText()).isEqualTo("Globex Corporation Hub ID 7100001");
        assertThat(driver.findElements(By.cssSelector("#affected-assets li"))).isNotEmpty();
        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/clients/7100001?remove=ann%40northwind.example"));
        assertMarkedForRemoval("ann@northwind.example");
        assertAccessible("step 1 of the Remove employee from client wizard");
        screenshot("08-remove-wizard-step-1");
        stepOne.findElement(By.xpath(".//button[normalize-space()='Next']")).click();
        WebElement warning = wait(ExpectedConditions.visibilityOfElementLocated(By.id("ends-warning")));
        assertThat(warning.getText()).contains("This ends your managed relationship with Globex Corporation now.");
        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/clients/7100001?remove=ann%40northwind.example&step=2"));
        assertAccessible("step 2 of the Remove employee from client wizard");
        screenshot("08b-remove-wizard-step-2");

        driver.navigate().refresh();
        waitForHtmx();
        assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.id("ends-warning"))).getText())
                .contains("This ends your managed relationship with Globex Corporation now.");
        assertMarkedForRemoval("ann@northwind.example");
        assertThat(driver.findElements(By.xpath("//div[@id='wizard']//button[normalize-space()='Done']"))).isEmpty();
        assertAccessible("step 2 of the Remove employee from client wizard after a reload");
        screenshot("08b-remove-wizard-step-2-reloaded", 1200);
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()="
                + "'Remove Ann Lee from Globex Corporation']")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo("Ann Lee was removed from the client account and"
                + " unassigned. Your managed relationship with this client ended now.");
        assertThat(driver.findElements(By.cssSelector("tr[data-email='ann@northwind.example']"))).isEmpty();
        assertThat(driver.findElement(By.id("wizard")).getText()).isEmpty();
        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/clients/7100001"));
        wait(ExpectedConditions.textToBe(By.id("servicing-now"), "You are not servicing this client"));
        assertAccessible("a client's page after an employee was removed");
        screenshot("08c-remove-wizard-done");

        driver.findElement(By.linkText("Points breakdown")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();

        assertThat(row(7100001)).isEqualTo(new Row("Globex Corporation", "USD", "1,000.00", "0.00", "0.00", "0",
                before.lastActivity(), "—", false));
        assertThat(new BigDecimal(text("total-points"))).isEqualByComparingTo(totalBefore.subtract(new BigDecimal("5.00")));
        assertThat(text("serviced-clients")).isEqualTo(Integer.toString(servicedBefore - 1));
        driver.findElement(By.cssSelector("#row-7100001 button[data-toggle-detail]")).click();
        WebElement headline = wait(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#explain-7100001 .explain p.headline")));
        assertThat(headline.getText()).isEqualTo("Ended on 2026-01-05 09:00 UTC: the last of your users was removed"
                + " from the client account.");
        assertThat(headline.getAttribute("class")).contains("no");
        assertAccessible("the Points breakdown after the removal, with the explanation open");
        screenshot("08d-breakdown-after-removal", 1500);
    }

    @Test
    void aContractorsRemoveWizard_saysContractor_andCancelLeavesThePageAsItWas() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100010");
        waitForHtmx();
        WebElement remove = staffRow("fay@studio-fay.example").findElement(By.cssSelector("button.remove"));
        assertThat(remove.getText()).startsWith("Remove contractor from client");
        assertThat(staffRow("fay@studio-fay.example").findElement(By.cssSelector(".removing-tag")).isDisplayed())
                .isFalse();

        remove.click();

        WebElement stepOne = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard .wizard")));
        assertThat(stepOne.getText()).containsIgnoringCase("Remove contractor from client")
                .doesNotContainIgnoringCase("employee");
        assertMarkedForRemoval("fay@studio-fay.example");
        wait(d -> "wizard-title".equals(focused().getAttribute("id")));
        assertAccessible("step 1 of the Remove contractor from client wizard");
        screenshot("08e-remove-contractor-step-1");
        stepOne.findElement(By.xpath(".//button[normalize-space()='Next']")).click();
        WebElement stepTwo = wait(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//div[@id='wizard']//button[normalize-space()='Remove Fay Ortiz from Andes Coffee']")));
        assertThat(driver.findElement(By.id("wizard")).getText()).contains("unlinked")
                .doesNotContainIgnoringCase("employee");
        assertAccessible("step 2 of the Remove contractor from client wizard");

        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Cancel']")).click();

        wait(ExpectedConditions.invisibilityOf(stepTwo));
        assertThat(driver.findElement(By.id("wizard")).getText()).isEmpty();
        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/clients/7100010"));
        assertThat(staffRow("fay@studio-fay.example").getAttribute("class")).doesNotContain("removing");
        assertThat(staffRow("fay@studio-fay.example").findElement(By.cssSelector(".removing-tag")).isDisplayed())
                .isFalse();
        assertThat(focused()).isEqualTo(staffRow("fay@studio-fay.example").findElement(By.cssSelector("button.remove")));
        assertAccessible("a client's page after the Remove wizard was cancelled");
    }

    @Test
    void theRemoveWizard_openedFromItsUrl_atAPhonesWidth_fitsAndCancelsBackToItsRow() {
        signIn();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/clients/7100001?remove=ann%40northwind.example&step=2");
        waitForHtmx();

        assertThat(driver.findElement(By.id("ends-warning")).isDisplayed()).isTrue();
        assertMarkedForRemoval("ann@northwind.example");
        assertFitsThePhone("/ui/clients/7100001 with the Remove wizard at step 2");
        assertAccessible("step 2 of the Remove employee from client wizard opened from its URL");
        // the standing comes first on the page: the picture shows the marked row and the wizard below it
        ((JavascriptExecutor) driver).executeScript("document.getElementById('staff-heading').scrollIntoView()");
        screenshot("08f-phone-remove-wizard-step-2", HEIGHT, false);

        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Cancel']")).click();

        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/clients/7100001"));
        assertThat(driver.findElement(By.id("wizard")).getText()).isEmpty();
        assertThat(focused()).isEqualTo(staffRow("ann@northwind.example").findElement(By.cssSelector("button.remove")));
        assertThat(staffRow("ann@northwind.example").getAttribute("class")).doesNotContain("removing");
        driver.navigate().back();
        assertThat(wait(ExpectedConditions.visibilityOfElementLocated(By.id("ends-warning"))).isDisplayed()).isTrue();
        assertThat(driver.getCurrentUrl()).endsWith("/ui/clients/7100001?remove=ann%40northwind.example&step=2");
    }

    /** The row the wizard is open for is marked by a bar and the visible words "Being removed", its alone. */
    private void assertMarkedForRemoval(String email) {
        WebElement row = staffRow(email);
        assertThat(row.getAttribute("class")).contains("removing");
        WebElement tag = row.findElement(By.cssSelector(".removing-tag"));
        assertThat(tag.isDisplayed()).isTrue();
        assertThat(tag.getText()).isEqualTo("Being removed");
        assertThat(driver.findElements(By.cssSelector("#staff-table tr.removing"))).hasSize(1);
        assertThat(driver.findElements(By.cssSelector("#staff-table .removing-tag")).stream()
                .filter(WebElement::isDisplayed).count()).isEqualTo(1);
    }

    @Test
    void reactivateUserOnClient_showsTheUserActiveAgain() {
        signIn();
        driver.findElement(By.linkText("Wayne Logistics")).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Wayne Logistics"));
        assertThat(staffRow("bo@northwind.example").findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Deactivated");
        assertAccessible("a client's page with a deactivated user");
        screenshot("09-reactivate-before");

        staffRow("bo@northwind.example").findElement(By.cssSelector("button.reactivate")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo("Bo Chen is an active user in the client account again.");
        WebElement status = staffRow("bo@northwind.example").findElement(By.cssSelector(".status"));
        assertThat(status.getText()).isEqualTo("Active");
        assertThat(status.getAttribute("class")).contains("active").doesNotContain("deactivated");
        assertThat(staffRow("bo@northwind.example").findElements(By.cssSelector("button.reactivate"))).isEmpty();
        assertAccessible("a client's page after a user was reactivated");
        screenshot("09b-reactivate-after");

        driver.findElement(By.linkText("Points breakdown")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        driver.findElement(By.cssSelector("#row-7100006 button[data-toggle-detail]")).click();
        WebElement why = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(why.getText()).contains("✓ Active").doesNotContain("Deactivated");
    }

    @Test
    void reactivate_afterTheClientRemovedTheSeat_saysWhyAndShowsTheSeatAsItIsNow() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100006");
        WebElement reactivate = staffRow("bo@northwind.example").findElement(By.cssSelector("button.reactivate"));
        ui.given.removeSeat(7100006, "bo@northwind.example");

        reactivate.click();

        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-error")));
        assertThat(error.getText()).isEqualTo("bo@northwind.example is not a user in client account 7100006, so there"
                + " is nothing to reactivate.");
        assertThat(staffRow("bo@northwind.example").findElement(By.cssSelector(".status")).getText())
                .isEqualTo("Not a user");
        assertThat(staffRow("bo@northwind.example").findElements(By.cssSelector("button.reactivate"))).isEmpty();
        assertThat(driver.findElement(By.id("flash")).isDisplayed()).isFalse();
        assertAccessible("a client's page with a reactivation refused");
        screenshot("09c-reactivate-refused");
    }

    @Test
    void linkClients_isRefusedInline_whenTheContractorIsNoUserThere_thenAccepted() {
        signIn();
        driver.findElement(By.linkText("Client Access Manager")).click();
        wait(ExpectedConditions.elementToBeClickable(By.linkText("Contractors"))).click();
        WebElement fay = wait(d -> contractorRow("Fay Ortiz"));
        String fayId = fay.getAttribute("id");
        assertThat(linkedClients(fayId)).isEqualTo("Andes Coffee 7100010");
        fay.findElement(By.cssSelector("button[data-opener]")).click();
        WebElement input = wait(ExpectedConditions.visibilityOfElementLocated(By.id(fayId + "-client")));
        assertAccessible("the Contractors page with a Link clients panel open");

        input.sendKeys("Globex Corporation (7100001)", Keys.ENTER);

        WebElement error = wait(ExpectedConditions.visibilityOfElementLocated(By.id(fayId + "-client-error")));
        assertThat(error.getText()).isEqualTo("Fay Ortiz (fay@studio-fay.example) is not a user in Globex Corporation"
                + " (7100001), so they cannot be linked to it. The client account must add them as a user first.");
        wait(d -> (fayId + "-client").equals(focused().getAttribute("id")));
        WebElement refused = driver.findElement(By.id(fayId + "-client"));
        assertThat(refused.getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(refused.getDomProperty("value")).isEqualTo("Globex Corporation (7100001)");
        assertThat(linkedClients(fayId)).isEqualTo("Andes Coffee 7100010");
        assertAccessible("the Contractors page with Link clients refused");
        screenshot("10-link-clients-refused");

        refused.clear();
        refused.sendKeys("massive", Keys.ENTER);

        WebElement linked = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " p.success")));
        assertThat(linked.getText()).isEqualTo("Fay Ortiz is now linked to Massive Dynamic (7100015).");
        assertThat(driver.findElements(By.id(fayId + "-client-error"))).isEmpty();
        assertThat(linkedClients(fayId)).isEqualTo("Andes Coffee 7100010\nMassive Dynamic 7100015");
        assertAccessible("the Contractors page after a client was linked");
        screenshot("10b-link-clients-accepted");

        wait(ExpectedConditions.elementToBeClickable(By.linkText("Clients"))).click();
        WebElement massive = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100015 ul.staff")));
        assertThat(massive.getText()).contains("Dev Patel", "Fay Ortiz Contractor");
    }

    @Test
    void clientPage_showsTheStandingAtItsDate_withTheExplanationLink_andADeactivatedUsersLapse() {
        signIn();
        driver.findElement(By.linkText("Globex Corporation")).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Globex Corporation"));

        assertThat(text("standing-heading")).isEqualTo("Your standing today, 2026-01-05");
        assertThat(text("servicing-now")).isEqualTo("You are servicing this client");
        assertThat(text("standing-credit")).isEqualTo("500.00 USD");
        assertThat(text("standing-points")).isEqualTo("5.00");
        assertThat(text("standing-shared")).isEqualTo("2 partners (you included)");
        assertThat(text("standing-expires")).isEqualTo("2026-03-02");
        assertAccessible("a client's page with its standing today");
        screenshot("14-client-standing", 1300);

        WebElement date = driver.findElement(By.id("asOf"));
        date.sendKeys("03042026");
        date.submit();
        wait(ExpectedConditions.textToBe(By.id("standing-heading"), "Your standing on 2026-03-04 (projection)"));
        assertThat(driver.getCurrentUrl()).endsWith("/ui/clients/7100001?asOf=2026-03-04");
        assertThat(text("servicing-now")).isEqualTo("You are not servicing this client");
        assertThat(text("standing-credit")).isEqualTo("0.00 USD");
        assertThat(text("standing-expires")).isEqualTo("—");
        assertAccessible("a client's page with its standing at a later date (a projection)");

        driver.findElement(By.id("standing-explanation")).click();
        wait(ExpectedConditions.urlContains("/ui/points?q=7100001&asOf=2026-03-04"));
        waitForHtmx();
        assertThat(rowNames()).contains("Globex Corporation");

        driver.get(ui.baseUrl() + "/ui/clients/7100006");
        assertThat(staffRow("bo@northwind.example").findElement(By.cssSelector(".seat-note")).getText())
                .startsWith("Credit from their activities lapses on 2026-").endsWith("unless they are reactivated and"
                        + " active again.");
        assertAccessible("a client's page with a deactivated user's lapse date");
        screenshot("14b-client-deactivated-lapse", 1300);
    }

    @Test
    void unassign_fromTheClientPage_asksFirst_thenKeepsTheSeatAndTheCredit() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        WebElement unassign = staffRow("ann@northwind.example").findElement(By.cssSelector("button.unassign"));
        unassign.click();

        WebElement title = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard h3")));
        wait(d -> title.equals(focused()));
        assertThat(title.getText()).isEqualTo("Unassign Ann Lee from Globex Corporation?");
        assertThat(driver.findElement(By.id("unassign-note")).getText())
                .startsWith("This does not end your credit at once");
        assertAccessible("the Unassign confirmation");
        screenshot("15-unassign-confirm");
        keys(Keys.ESCAPE);
        wait(d -> driver.findElement(By.id("wizard")).getText().isEmpty());
        assertThat(focused()).isEqualTo(unassign);

        unassign.click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("unassign-note")));
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Unassign']")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo("Ann Lee is unassigned from Globex Corporation (7100001). Their seat"
                + " in the client account stays, and your credit does not end at once.");
        wait(d -> message.equals(focused()));
        WebElement ann = staffRow("ann@northwind.example");
        assertThat(ann.findElement(By.cssSelector(".status")).getText()).isEqualTo("Active");
        assertThat(ann.findElements(By.cssSelector("td")).get(2).getText()).isEqualTo("No");
        assertThat(ann.findElements(By.cssSelector("button.unassign"))).isEmpty();
        assertThat(text("servicing-now")).isEqualTo("You are servicing this client");
        assertThat(text("standing-credit")).isEqualTo("500.00 USD");
        assertAccessible("a client's page after an unassignment");
        screenshot("15b-unassign-done");
    }

    @Test
    void addEmployees_fromTheClientPage_assignsThemAndShowsThemInTheTable() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        driver.findElement(By.id("add-employees")).click();

        WebElement legend = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard legend")));
        wait(d -> legend.equals(focused()));
        clickLabel("Farah Haddad");
        assertAccessible("a client page's Add employees panel with an employee ticked");
        screenshot("16-client-add-employees");
        driver.findElement(By.xpath("//div[@id='wizard']//button[normalize-space()='Confirm']")).click();

        WebElement message = wait(ExpectedConditions.visibilityOfElementLocated(By.id("staff-message")));
        assertThat(message.getText()).isEqualTo("Farah Haddad is now assigned to Globex Corporation (7100001). Added"
                + " as active users in the client account: Farah Haddad.");
        assertThat(staffRow("farah@northwind.example").getText()).contains("Active", "Yes");
        assertThat(driver.findElement(By.id("wizard")).getText()).isEmpty();
        assertAccessible("a client's page after an employee was added");
        screenshot("16b-client-add-employees-done");
    }

    @Test
    void linkClients_listsTheAccountsWhereTheContractorHasASeat_andLinksOneByKeyboard() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/contractors");
        WebElement fay = wait(d -> contractorRow("Fay Ortiz"));
        String fayId = fay.getAttribute("id");
        fay.findElement(By.cssSelector("button[data-opener]")).click();

        WebElement title = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " h2")));
        wait(d -> title.equals(focused()));
        List<WebElement> eligible = driver.findElements(By.cssSelector("#" + fayId + " ul.eligible > li"));
        assertThat(eligible).extracting(WebElement::getText).containsExactly("Andes Coffee Hub ID 7100010 Linked",
                "Link to Massive Dynamic Hub ID 7100015");
        assertThat(driver.findElement(By.cssSelector("#" + fayId + " ul.eligible")).getLocation().getY())
                .isLessThan(driver.findElement(By.id(fayId + "-client")).getLocation().getY());
        assertAccessible("a Link clients panel listing the accounts where the contractor has a seat");
        screenshot("17-link-clients-eligible");
        tabUntil(element -> element.getText().startsWith("Link to Massive Dynamic"));
        keys(Keys.ENTER);

        WebElement linked = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#" + fayId + " p.success")));
        assertThat(linked.getText()).isEqualTo("Fay Ortiz is now linked to Massive Dynamic (7100015).");
        wait(d -> linked.equals(focused()));
        assertThat(linkedClients(fayId)).isEqualTo("Andes Coffee 7100010\nMassive Dynamic 7100015");
    }

    @Test
    void employeesTab_listsEachEmployeeWithTheirClients() {
        signIn();
        driver.findElement(By.linkText("Client Access Manager")).click();
        wait(ExpectedConditions.elementToBeClickable(By.linkText("Employees"))).click();

        WebElement table = wait(ExpectedConditions.visibilityOfElementLocated(By.id("employees-table")));
        assertThat(table.getText()).contains("Ann Lee", "Globex Corporation", "Farah Haddad", "No clients assigned")
                .doesNotContain("Fay Ortiz", "Sam Reed");
        assertAccessible("the Employees tab");
        screenshot("11-employees");
    }

    @Test
    void activityLog_sumsUpAnAutomaticAssignment_filtersOnTheServer_andPagesKeepingTheFilter() {
        for (long hubId = 7100001; hubId <= 7100012; hubId++) {
            ui.given.seat(hubId, "nia@northwind.example", SeatStatus.ACTIVE);
        }
        ui.given.employee("northwind-demo", "nia@northwind.example", "Nia Patel");
        for (int i = 0; i < 55; i++) {
            ui.given.contractor("northwind-demo", "temp" + i + "@freelance.example", "Temp " + i);
        }
        signIn();
        driver.findElement(By.linkText("Activity log")).click();
        wait(ExpectedConditions.textToBe(By.tagName("h1"), "Activity log"));

        driver.get(ui.baseUrl() + "/ui/activity?user=nia%40northwind.example");
        WebElement entry = wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("tr.activity-entry")));
        assertThat(driver.findElements(By.cssSelector("tr.activity-entry"))).hasSize(1);
        assertThat(entry.findElement(By.tagName("th")).getText()).isEqualTo("Saved partner user Nia Patel");
        WebElement summary = entry.findElement(By.cssSelector("details summary"));
        assertThat(summary.getText()).isEqualTo("Nia Patel was assigned automatically to 12 clients");
        WebElement list = entry.findElement(By.cssSelector("details ul"));
        assertThat(list.isDisplayed()).as("the clients are listed only when opened").isFalse();
        driver.findElement(By.id("q")).click();
        tabUntil(element -> element.getTagName().equals("summary"));
        keys(Keys.ENTER);
        wait(ExpectedConditions.visibilityOf(list));
        assertThat(list.findElements(By.tagName("li"))).hasSize(12);
        assertThat(list.getText()).contains("Globex Corporation (7100001)");
        WebElement date = entry.findElement(By.cssSelector("td.date time"));
        assertThat(date.getAttribute("title")).endsWith(" UTC");
        assertThat(date.getSize().getHeight()).as("the date %s on one line", date.getText()).isLessThan(30);
        assertAccessible("the Activity log with an automatic assignment's clients open");
        screenshot("14-activity-grouped", 1100);

        driver.get(ui.baseUrl() + "/ui/activity");
        new Select(driver.findElement(By.id("action")))
                .selectByVisibleText("Partner user saved");
        driver.findElement(By.id("q")).sendKeys("temp");
        driver.findElement(By.cssSelector("#activity-filter button[type=submit]")).click();
        wait(ExpectedConditions.urlContains("action=PARTNER_USER_UPSERTED"));
        assertThat(driver.findElements(By.cssSelector("tr.activity-entry"))).hasSize(50);
        assertThat(driver.findElements(By.cssSelector("tr.activity-entry th"))).allSatisfy(headline ->
                assertThat(headline.getText()).startsWith("Saved partner user Temp "));
        driver.findElement(By.cssSelector("a[rel=next]")).click();
        wait(ExpectedConditions.urlContains("before="));
        assertThat(driver.getCurrentUrl()).contains("action=PARTNER_USER_UPSERTED", "q=temp");
        assertThat(driver.findElements(By.cssSelector("tr.activity-entry"))).hasSize(5);
        assertThat(driver.findElement(By.id("q")).getAttribute("value")).isEqualTo("temp");
        assertAccessible("the Activity log filtered by kind and words, second page");
        driver.navigate().back();
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.activity-entry"), 50));
        driver.navigate().refresh();
        wait(ExpectedConditions.numberOfElementsToBe(By.cssSelector("tr.activity-entry"), 50));
        assertThat(driver.getCurrentUrl()).contains("action=PARTNER_USER_UPSERTED").doesNotContain("before=");

        driver.findElement(By.id("q")).clear();
        driver.findElement(By.id("q")).sendKeys("no such words anywhere");
        driver.findElement(By.cssSelector("#activity-filter button[type=submit]")).click();
        WebElement empty = wait(ExpectedConditions.visibilityOfElementLocated(By.id("activity-empty")));
        assertThat(empty.getText()).contains("No entry matches these filters.");
        assertAccessible("the Activity log with filters that match nothing");
        screenshot("14b-activity-empty");
        empty.findElement(By.linkText("Clear filters")).click();
        wait(ExpectedConditions.urlToBe(ui.baseUrl() + "/ui/activity"));
        assertThat(driver.findElements(By.cssSelector("tr.activity-entry"))).hasSize(50);
        assertAccessible("the Activity log after Clear filters");
        screenshot("14c-activity-log", 1400);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/activity?user=nia%40northwind.example");
        assertFitsThePhone("/ui/activity at a phone's width");
        screenshot("14d-activity-phone", HEIGHT, false);
    }

    @Test
    void theFormsErrorsAndTheSignedOutNote_sayWhatIsWrong_whereAxeFindsNothingToFault() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(d -> !d.findElement(By.id("email-error")).getText().isEmpty());
        assertThat(driver.findElement(By.id("email")).getAttribute("aria-invalid")).isEqualTo("true");
        assertAccessible("the sign-in page sent empty");

        driver.findElement(By.id("email")).sendKeys(login.email());
        driver.findElement(By.id("password")).sendKeys("not the password");
        driver.findElement(By.cssSelector("button.primary")).click();
        assertThat(wait(d -> d.findElement(By.id("sign-in-message"))).getText())
                .isEqualTo("The e-mail address or the password is not right.");
        assertAccessible("the sign-in page after a wrong password");

        signIn();
        driver.get(ui.baseUrl() + "/ui/clients");
        wait(ExpectedConditions.elementToBeClickable(By.id("client-7100001-add"))).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#client-7100001-panel form")));
        assertAccessible("the Add employees panel");
        driver.findElement(By.cssSelector("#client-7100001-panel button[type=submit]")).click();
        wait(ExpectedConditions.textToBe(By.id("client-7100001-panel-error"), "Pick at least one employee."));
        assertAccessible("the Add employees panel sent with nobody picked");

        driver.get(ui.baseUrl() + "/ui/activity?client=abc");
        wait(ExpectedConditions.textToBe(By.id("client-error"), "A Hub ID is a positive whole number."));
        assertAccessible("the Activity log's filters with a Hub ID that is not a number");

        driver.findElement(By.cssSelector("form.sign-out button")).click();
        wait(ExpectedConditions.textToBe(By.cssSelector("p.note.success"), "You have signed out."));
        assertAccessible("the sign-in page after signing out");
    }

    @Test
    void everyPage_atAPhonesWidth_fitsTheViewport_withTablesScrollingInTheirOwnBox() {
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/sign-in");
        assertFitsThePhone("sign-in");
        signIn();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        for (String page : List.of("/ui/points", "/ui/points?expiring=on", "/ui/points?asOf=2026-12-31",
                "/ui/clients", "/ui/clients/7100001", "/ui/clients/7100006", "/ui/contractors", "/ui/employees",
                "/ui/activity", "/ui/clients/1", "/ui/clients/7100001?asOf=2025-12-01")) {
            driver.get(ui.baseUrl() + page);
            waitForHtmx();
            assertFitsThePhone(page);
            assertAccessible(page);
            screenshotsAtBothWidths("en" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        }
        driver.get(ui.baseUrl() + "/ui/clients/7100001");
        waitForHtmx();
        staffRow("ann@northwind.example").findElement(By.cssSelector("button.unassign")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.id("unassign-note")));
        assertFitsThePhone("/ui/clients/7100001 with Unassign open");
        driver.findElement(By.id("add-employees")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#wizard legend")));
        assertFitsThePhone("/ui/clients/7100001 with Add employees open");
        screenshot("13c-phone-client-add-employees", HEIGHT, false);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/contractors");
        wait(d -> contractorRow("Fay Ortiz")).findElement(By.cssSelector("button[data-opener]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("ul.eligible")));
        assertFitsThePhone("/ui/contractors with Link clients open");
        // the panel opens inside the table's sideways-scrolling box: its parts must be in that box's view, not cut
        Number[] box = edges(driver.findElement(By.cssSelector("tr.panel")).findElement(By.xpath(
                "ancestor::*[contains(concat(' ', @class, ' '), ' table-wrap ')]")));
        for (String part : List.of("tr.panel .panel-title", "ul.eligible", "tr.panel input[name=client]")) {
            Number[] edges = edges(driver.findElement(By.cssSelector(part)));
            assertThat(edges[0].doubleValue()).as(part + "'s left edge on a phone").isGreaterThanOrEqualTo(box[0].doubleValue());
            assertThat(edges[1].doubleValue()).as(part + "'s right edge on a phone").isLessThanOrEqualTo(box[1].doubleValue());
        }
        screenshot("13d-phone-link-clients", HEIGHT, false);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/points");
        waitForHtmx();
        driver.findElement(By.cssSelector("#row-7100006 button[data-toggle-detail]")).click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertFitsThePhone("/ui/points with an explanation open");
        screenshot("13-phone-points-explanation", HEIGHT, false);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/clients/7100006");
        waitForHtmx();
        assertThat(((Number) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('staff-table').parentElement.scrollLeft")).longValue())
                .as("how far the users table is scrolled sideways on opening").isZero();
        screenshot("13b-phone-client-users", HEIGHT, false);
    }

    @Test
    void keyboardOnly_signIn_openAnExplanation_andAddAnEmployee() {
        driver.get(ui.baseUrl() + "/ui/sign-in");
        assertThat(focused().getAttribute("id")).isEqualTo("email");
        keys(login.email(), Keys.TAB, login.password(), Keys.ENTER);
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();

        tabUntil(element -> element.getText().startsWith("Why?") && element.getAttribute("aria-controls") != null);
        keys(Keys.ENTER);
        wait(d -> "h3".equalsIgnoreCase(focused().getTagName()) && focused().getText().startsWith("Why:"));

        driver.get(ui.baseUrl() + "/ui/clients");
        tabUntil(element -> "client-7100003-add".equals(element.getAttribute("id")));
        keys(Keys.ENTER);
        wait(d -> "legend".equalsIgnoreCase(focused().getTagName()));
        tabUntil(element -> "checkbox".equals(element.getAttribute("type")));
        keys(Keys.SPACE);
        tabUntil(element -> "Confirm".equals(element.getText()));
        keys(Keys.ENTER);

        wait(d -> focused().getText().contains("now assigned to Kagami Robotics"));
        assertThat(driver.findElement(By.id("client-7100003")).getText()).contains("Ann Lee");
        screenshot("12-keyboard-only");
    }

    @Test
    void aPartnerWithoutClients_seesHowAClientAppears_withALinkToTheClientAccessManager() {
        ui.given.partner("empty", "Empty Co", "empty.example").admin("empty", "admin@empty.example", "long enough pw");
        driver.get(ui.baseUrl() + "/ui/sign-in");
        driver.findElement(By.id("email")).sendKeys("admin@empty.example");
        driver.findElement(By.id("password")).sendKeys("long enough pw");
        driver.findElement(By.cssSelector("button.primary")).click();
        wait(ExpectedConditions.urlContains("/ui/points"));
        waitForHtmx();

        assertThat(text("empty-heading")).isEqualTo("You have no clients yet");
        assertThat(driver.findElement(By.id("empty-state")).getText())
                .contains("A client appears on this page once one of your users is assigned to it");
        assertThat(driver.findElements(By.cssSelector("#breakdown-table, #chart, #points-filter, #total-points,"
                + " #point-units"))).isEmpty();
        assertAccessible("the Points breakdown of a partner without clients");
        screenshot("14-points-no-clients");
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        assertFitsThePhone("/ui/points without clients");
        screenshot("14b-phone-points-no-clients", HEIGHT, false);

        driver.findElement(By.id("empty-state-link")).click();

        wait(ExpectedConditions.urlContains("/ui/clients"));
        assertThat(driver.findElement(By.tagName("h1")).getText()).isEqualTo("Client Access Manager");
    }

    @Test
    void sortByAColumn_fromItsHeader_eitherWay_keptInTheUrlThroughSearchReloadAndBack() {
        signIn();
        List<String> byName = rowNames();

        driver.findElement(By.id("sort-points")).click();

        wait(d -> driver.getCurrentUrl().endsWith("/ui/points?sort=points"));
        waitForHtmx();
        assertThat(ariaSort("sort-points")).isEqualTo("ascending");
        assertThat(ariaSort("sort-client")).isNull();
        assertThat(pointsColumn()).isSortedAccordingTo(Comparator.naturalOrder());
        assertThat(focused().getAttribute("id")).as("the focus stays on the header").isEqualTo("sort-points");

        keys(Keys.ENTER);

        wait(d -> driver.getCurrentUrl().endsWith("/ui/points?sort=points&dir=desc"));
        waitForHtmx();
        assertThat(ariaSort("sort-points")).isEqualTo("descending");
        assertThat(pointsColumn()).isSortedAccordingTo(Comparator.reverseOrder());
        assertThat(focused().getAttribute("id")).isEqualTo("sort-points");
        List<String> byPointsDown = rowNames();
        assertThat(byPointsDown).isNotEqualTo(byName).containsExactlyInAnyOrderElementsOf(byName);
        assertAccessible("the Points breakdown sorted by points, descending");
        screenshot("15-sorted-by-points");

        driver.findElement(By.id("q")).sendKeys("o");
        wait(d -> driver.getCurrentUrl().endsWith("/ui/points?q=o&sort=points&dir=desc"));
        waitForHtmx();
        assertThat(rowNames()).isEqualTo(byPointsDown.stream().filter(n -> n.toLowerCase().contains("o")).toList());

        driver.navigate().refresh();
        waitForHtmx();
        assertThat(ariaSort("sort-points")).isEqualTo("descending");
        assertThat(pointsColumn()).isSortedAccordingTo(Comparator.reverseOrder());

        driver.navigate().back();
        wait(d -> driver.getCurrentUrl().endsWith("/ui/points?sort=points&dir=desc"));
        waitForHtmx();
        wait(d -> rowNames().equals(byPointsDown));
        assertThat(ariaSort("sort-points")).isEqualTo("descending");
    }

    @Test
    void aSearchWithNoResults_offersClearSearch_whichKeepsTheSort() {
        signIn();
        driver.get(ui.baseUrl() + "/ui/points?sort=mrr&dir=desc");
        waitForHtmx();
        List<String> byMrrDown = rowNames();

        driver.findElement(By.id("q")).sendKeys("no such client");

        WebElement none = wait(d -> d.findElement(By.id("no-results")).getText().contains("“no such client”")
                ? d.findElement(By.id("no-results")) : null);
        waitForHtmx();
        assertThat(none.getText()).contains("No clients match “no such client”.", "Clear search");
        assertThat(driver.findElements(By.id("breakdown-table"))).isEmpty();
        assertThat(text("total-points")).as("the totals cover every row, whatever the search").isEqualTo("219.14");
        assertThat(driver.getCurrentUrl()).endsWith("/ui/points?q=no%20such%20client&sort=mrr&dir=desc");
        assertAccessible("the Points breakdown with a search that matches nothing");
        screenshot("16-search-no-results");

        driver.findElement(By.id("clear-search")).click();

        wait(d -> rowNames().equals(byMrrDown));
        assertThat(driver.getCurrentUrl()).endsWith("/ui/points?sort=mrr&dir=desc");
        assertThat(driver.findElement(By.id("q")).getDomProperty("value")).isEmpty();
        assertThat(focused().getAttribute("id")).isEqualTo("q");
        assertThat(ariaSort("sort-mrr")).isEqualTo("descending");
    }

    @Test
    void escape_closesARowsExplanation_andTheFocusReturnsToItsButton() {
        signIn();
        WebElement why = driver.findElement(By.cssSelector("#row-7100006 button[data-toggle-detail]"));
        why.click();
        wait(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        wait(d -> "h3".equalsIgnoreCase(focused().getTagName()));

        keys(Keys.ESCAPE);

        wait(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("#explain-7100006 .explain")));
        assertThat(why.getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(focused()).isEqualTo(why);
    }

    @Test
    void howPointsAreCounted_fromTheTotals_showsTheUnitOfEachCurrencyOnThePagesDate() {
        signIn();

        driver.findElement(By.id("units-link")).click();

        WebElement units = wait(ExpectedConditions.visibilityOfElementLocated(By.id("point-units")));
        assertThat(driver.getCurrentUrl()).endsWith("#point-units");
        assertThat(focused().getAttribute("id")).isEqualTo("point-units");
        assertThat(units.findElement(By.tagName("h2")).getText()).isEqualTo("How points are counted");
        List<String> lines = units.findElements(By.cssSelector("#point-units-table tbody tr")).stream()
                .map(WebElement::getText).toList();
        assertThat(lines).contains("USD 100 USD", "EUR 88 EUR", "JPY 14,400 JPY").hasSize(9);
        assertThat(text("units-date")).isEqualTo(text("as-of"));
        assertAccessible("the point units below the Points breakdown");
        screenshot("17-point-units", 1500);
    }

    @Test
    void thePointsPagesStates_atAPhonesWidth_fitTheViewport() {
        signIn();
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        for (String page : List.of("/ui/points?sort=points&dir=desc", "/ui/points?q=no-such-client",
                "/ui/points?expiring=on&asOf=2027-12-31", "/ui/points?asOf=2020-01-01")) {
            driver.get(ui.baseUrl() + page);
            waitForHtmx();
            assertFitsThePhone(page);
            assertAccessible(page);
            screenshotsAtBothWidths("en" + page.replaceAll("[^a-zA-Z0-9]+", "-"));
            driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        }
        driver.get(ui.baseUrl() + "/ui/points?q=no-such-client");
        waitForHtmx();
        screenshot("18-phone-points-no-results", HEIGHT, false);
        driver.manage().window().setSize(new Dimension(PHONE_WIDTH, HEIGHT));
        driver.get(ui.baseUrl() + "/ui/points#point-units");
        waitForHtmx();
        screenshot("18b-phone-point-units", HEIGHT, false);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** One row of the Points breakdown, as the admin reads it. */
    record Row(String name, String currency, String mrr, String credit, String points, String sharedWith,
               String lastActivity, String expiresOn, boolean servicing) {

        /** The same client when none of the partner's activities counts any more. */
        Row expired() {
            String zero = credit.contains(".") ? "0.00" : "0";
            return new Row(name, currency, mrr, zero, "0.00", "0", lastActivity, "—", false);
        }
    }

    private Row row(long hubId) {
        return wait(d -> {
            WebElement tr = d.findElement(By.cssSelector("#row-" + hubId + " > tr:first-child"));
            List<WebElement> cells = tr.findElements(By.xpath("./td"));
            return new Row(tr.findElement(By.xpath("./th")).getText(), cells.get(1).getText(), cells.get(2).getText(),
                    cells.get(3).getText(), cells.get(4).getText(), cells.get(5).getText(), cells.get(6).getText(),
                    cells.get(7).findElement(By.tagName("span")).getText(),
                    tr.getAttribute("class").contains("servicing"));
        });
    }

    private String ariaSort(String sortLinkId) {
        return driver.findElement(By.id(sortLinkId)).findElement(By.xpath("./ancestor::th")).getAttribute("aria-sort");
    }

    /** The Points column of the breakdown table, as numbers. */
    private List<BigDecimal> pointsColumn() {
        return driver.findElements(By.cssSelector("#breakdown-table tbody.row-group > tr:first-child > td:nth-of-type(5)"))
                .stream().map(cell -> new BigDecimal(cell.getText().replace(",", ""))).toList();
    }

    private List<String> rowNames() {
        return driver.findElements(By.cssSelector("#breakdown-table tbody.row-group > tr:first-child > th")).stream()
                .map(WebElement::getText)
                .toList();
    }

    /** Types the date into the As of field the way a user does (month, day, year), and waits for the new table. */
    private void typeAsOf(LocalDate date) {
        WebElement field = driver.findElement(By.id("asOf"));
        if (!field.getDomProperty("value").isEmpty()) {
            field.clear();
        }
        field.sendKeys(String.format("%02d%02d%04d", date.getMonthValue(), date.getDayOfMonth(), date.getYear()));
        assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
        wait(ExpectedConditions.textToBe(By.id("as-of"), date + " (projection)"));
        waitForHtmx();
        assertThat(driver.getCurrentUrl()).endsWith("/ui/points?asOf=" + date);
    }

    private String linkedClients(String contractorId) {
        return driver.findElement(By.cssSelector("#" + contractorId + " > tr:first-child > td")).getText();
    }

}
