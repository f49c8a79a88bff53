package com.managedmrr.web.ui;

import java.util.List;

/**
 * Every text the admin UI's handlers and forms show to a person, word for word in one place (the templates hold their
 * own). Texts that name something take it as an argument.
 */
public final class UiMessages {

    public static final String PLEASE_SIGN_IN = "Please sign in.";
    public static final String BAD_CREDENTIALS = "The e-mail address or the password is not right.";
    public static final String ENTER_EMAIL = "Enter your e-mail address.";
    public static final String ENTER_PASSWORD = "Enter your password.";
    public static final String PASSWORD_TOO_LONG = "That password is too long.";

    public static final String PICK_AN_EMPLOYEE = "Pick at least one employee.";
    public static final String PICK_FROM_THE_LIST = "Pick employees from the list.";
    public static final String PICK_A_CLIENT = "Pick a client or type its Hub ID.";
    public static final String CLIENT_TOO_LONG = "That is too long for a client name or Hub ID.";
    public static final String HUB_ID_FORMAT = "A Hub ID is a positive whole number.";
    public static final String DATE_FORMAT = "Enter a date as YYYY-MM-DD.";

    public static final String NOT_FOUND_TITLE = "Not found";
    public static final String NOT_FOUND = "There is nothing here, or it belongs to another partner.";
    public static final String NOT_POSSIBLE_TITLE = "Not possible";
    public static final String CONFLICT_TITLE = "Conflict";
    public static final String UNAVAILABLE_TITLE = "Try again in a moment";
    public static final String UNAVAILABLE = "The service is unavailable for a moment. Please try again shortly.";
    public static final String RELOAD_TITLE = "Please reload the page";
    public static final String RELOAD =
            "This form has expired or did not come from this site. Reload the page and try again.";
    public static final String NOT_ALLOWED_TITLE = "Not allowed";
    public static final String NOT_ALLOWED = "That action is not available here.";
    public static final String TOO_LARGE_TITLE = "Too large";
    public static final String TOO_LARGE = "What you sent is too large.";
    public static final String BAD_REQUEST_TITLE = "Bad request";
    public static final String BAD_REQUEST = "The request could not be read.";
    public static final String NOT_HANDLED = "The request could not be handled.";
    public static final String FAILED_TITLE = "Something went wrong";
    public static final String FAILED = "Something went wrong on our side. Please try again.";

    private UiMessages() {
    }

    public static String searchTooLong(int max) {
        return "Search for at most " + max + " characters.";
    }

    public static String pickAtMost(int max) {
        return "Pick at most " + count(max, "employee", "employees") + " at a time.";
    }

    /** Which rows of a paged list of clients are shown, and of how many. */
    public static String showingClients(int from, int to, int total) {
        if (total == 1) {
            return "Showing 1 client";
        }
        return "Showing " + (from == to ? String.valueOf(from) : from + "–" + to) + " of "
                + count(total, "client", "clients");
    }

    public static String onlyCreditExpiringWithin(int days) {
        return "Only credit expiring within " + count(days, "day", "days");
    }

    /** The Points breakdown when the expiring filter leaves no row. */
    public static String noCreditExpiringWithin(int days) {
        return "No credit expires within " + count(days, "day", "days") + ".";
    }

    public static String pickADate(String earliest, String latest) {
        return "Pick a date between " + earliest + " and " + latest + ".";
    }

    public static String throttled(long seconds) {
        return "Too many failed sign-ins. Wait " + count(seconds, "second", "seconds") + " and try again.";
    }

    /** A number with its noun, singular for exactly one. */
    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /** What Add employees did: who is newly assigned, and who was added as an active user in the client account. */
    public static String employeesAdded(List<String> assigned, List<String> seatsAdded, String clientName) {
        String message = assigned.isEmpty()
                ? "Everyone picked was already assigned to " + clientName + "."
                : String.join(", ", assigned) + (assigned.size() == 1 ? " is" : " are") + " now assigned to "
                        + clientName + ".";
        if (!seatsAdded.isEmpty()) {
            message += " Added as active users in the client account: " + String.join(", ", seatsAdded) + ".";
        }
        return message;
    }

    /** @param person as {@code AccessDirectory.personName} names them */
    public static String reactivated(String person) {
        return person + " is an active user in the client account again.";
    }

    /**
     * @param person     as {@code AccessDirectory.personName} names them
     * @param contractor a contractor is unlinked, an employee unassigned
     */
    public static String removed(String person, boolean contractor, boolean relationshipEnded) {
        return person + " was removed from the client account and " + (contractor ? "unlinked." : "unassigned.")
                + (relationshipEnded ? " Your managed relationship with this client ended now." : "");
    }

    public static String unassigned(String userName, String clientLabel) {
        return userName + " is unassigned from " + clientLabel + ". Their seat in the client account stays, and your"
                + " credit does not end at once.";
    }

    public static String notAssigned(String userName, String clientLabel) {
        return userName + " was not assigned to " + clientLabel + "; nothing changed.";
    }

    /** The heading of a client's standing: the date it is for, and whether it is a projection. */
    public static String standingOn(String date, boolean today, boolean projection) {
        return "Your standing " + (today ? "today, " : "on ") + date + (projection ? " (projection)" : "");
    }

    public static String servicing(boolean servicing) {
        return servicing ? "You are servicing this client" : "You are not servicing this client";
    }

    /** How many partners share the client's credit, the partner included; a dash when it is not servicing. */
    public static String sharedWith(int partners) {
        return partners == 0 ? "—" : count(partners, "partner", "partners") + " (you included)";
    }

    /** A deactivated user whose last activity still keeps credit alive. */
    public static String creditLapsesUnlessReactivated(String date) {
        return "Credit from their activities lapses on " + date + " unless they are reactivated and active again.";
    }

    public static final String DEACTIVATED_COUNTS_NOTHING =
            "Their activities do not count while their seat is deactivated.";

    public static String noClientWithSeat(String contractorName, String name) {
        return "No client account where " + contractorName + " has a seat matches \"" + name
                + "\", and none of your clients is called that; type its Hub ID instead.";
    }

    public static String severalClientsWithSeat(String contractorName, String name, List<String> labels) {
        return "Several client accounts where " + contractorName + " has a seat match \"" + name + "\": "
                + String.join(", ", labels) + ". Pick one or type its Hub ID.";
    }

    /** A person's name with their e-mail, where another of the partner's users has the same name. */
    public static String nameWithEmail(String name, String email) {
        return name + " (" + email + ")";
    }

    public static String linked(String contractorName, String clientName, boolean newly) {
        return newly
                ? contractorName + " is now linked to " + clientName + "."
                : contractorName + " was already linked to " + clientName + ".";
    }

    public static String notAClientUser(String contractorName, String email, String clientLabel) {
        return contractorName + " (" + email + ") is not a user in " + clientLabel
                + ", so they cannot be linked to it. The client account must add them as a user first.";
    }

    public static String noClientCalled(String name) {
        return "None of your clients is called \"" + name + "\"; type its Hub ID instead.";
    }

    public static String severalClientsCalled(String name) {
        return "Several of your clients are called \"" + name + "\"; type the Hub ID instead.";
    }

    public static String clientAccount(String hubId) {
        return "client account " + hubId;
    }

    public static String bareClientName(long hubId) {
        return "Client account " + hubId;
    }

    public static String notOneOfYourUsers(String email) {
        return email + " is not one of your users.";
    }

    public static String notOneOfYourContractors(String email) {
        return email + " is not one of your contractors.";
    }
}
