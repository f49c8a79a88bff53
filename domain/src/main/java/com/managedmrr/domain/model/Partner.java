package com.managedmrr.domain.model;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** A partner agency: its name and the e-mail domains its employees' addresses must be in. */
public record Partner(PartnerId id, String name, List<String> emailDomains) {

    private static final Pattern DOMAIN = Pattern.compile("[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?(\\.[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?)+");
    private static final int MAX_DOMAINS = 50;

    public Partner {
        name = Names.require("name", name);
        if (emailDomains == null || emailDomains.isEmpty()) {
            throw DomainException.invalid("emailDomains", "needs at least one domain");
        }
        if (emailDomains.size() > MAX_DOMAINS) {
            throw DomainException.invalid("emailDomains", "may hold at most " + MAX_DOMAINS + " domains");
        }
        emailDomains = emailDomains.stream().map(Partner::domain).distinct().toList();
    }

    private static String domain(String raw) {
        String domain = raw == null ? "" : raw.trim().toLowerCase(Locale.ROOT);
        if (domain.length() > 253 || !DOMAIN.matcher(domain).matches()) {
            throw DomainException.invalid("emailDomains", "'" + raw + "' is not a domain name");
        }
        return domain;
    }

    /** An employee's e-mail must be in one of the partner's domains; a contractor's may be anything. */
    public boolean acceptsEmployee(Email email) {
        return emailDomains.contains(email.domain());
    }
}
