package com.managedmrr.domain.audit;

import com.managedmrr.domain.audit.AuditFact.AdminLogin;
import com.managedmrr.domain.audit.AuditFact.Assigned;
import com.managedmrr.domain.audit.AuditFact.ClientSaved;
import com.managedmrr.domain.audit.AuditFact.Nothing;
import com.managedmrr.domain.audit.AuditFact.Other;
import com.managedmrr.domain.audit.AuditFact.PartnerSaved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserAdded;
import com.managedmrr.domain.audit.AuditFact.PartnerUserRemoved;
import com.managedmrr.domain.audit.AuditFact.PartnerUserUpdated;
import com.managedmrr.domain.audit.AuditFact.PointRateSet;
import com.managedmrr.domain.audit.AuditFact.QualifyingActionsSet;
import com.managedmrr.domain.audit.AuditFact.RelationshipEnded;
import com.managedmrr.domain.audit.AuditFact.SeatAdded;
import com.managedmrr.domain.audit.AuditFact.SeatChanged;
import com.managedmrr.domain.audit.AuditFact.SeatReactivated;
import com.managedmrr.domain.audit.AuditFact.SeatRemoved;
import com.managedmrr.domain.audit.AuditFact.Unassigned;
import com.managedmrr.domain.credit.EndReason;
import com.managedmrr.domain.model.Email;
import com.managedmrr.domain.model.HubId;
import com.managedmrr.domain.model.PartnerUserKind;
import com.managedmrr.domain.model.SeatStatus;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads effects' texts back into facts: one shape per kind of text the commands write. */
final class AuditFactReader {

    private AuditFactReader() {
    }

    static AuditFact read(String text) {
        Objects.requireNonNull(text, "text");
        for (Shape shape : SHAPES) {
            Matcher matcher = shape.pattern().matcher(text);
            if (matcher.matches()) {
                try {
                    return shape.fact().apply(matcher);
                } catch (RuntimeException notThatShape) {
                    return new Other(text);
                }
            }
        }
        return new Other(text);
    }

    /** One shape of text and the fact it says. */
    record Shape(Pattern pattern, Function<Matcher, AuditFact> fact) {

        static Shape of(String regex, Function<Matcher, AuditFact> fact) {
            return new Shape(Pattern.compile(regex), fact);
        }
    }

    /**
     * The texts written by {@link AuditTrail}, the access commands ({@code AccessChange}), and the partner, client,
     * admin-login and catalogue services, most specific first.
     */
    private static final List<Shape> SHAPES = List.of(
            Shape.of("assigned (\\S+) to (\\d+)( automatically)?",
                    m -> new Assigned(Email.of(m.group(1)), hub(m.group(2)), m.group(3) != null)),
            Shape.of("unassigned (\\S+) from (\\d+)",
                    m -> new Unassigned(Email.of(m.group(1)), hub(m.group(2)))),
            Shape.of("ended the managed relationship with (\\d+) \\(([A-Z_]+)\\)",
                    m -> new RelationshipEnded(hub(m.group(1)), EndReason.valueOf(m.group(2)))),
            Shape.of("added (\\S+) to client account (\\d+) as ([A-Z]+)",
                    m -> new SeatAdded(Email.of(m.group(1)), hub(m.group(2)), SeatStatus.valueOf(m.group(3)))),
            Shape.of("changed the seat of (\\S+) in client account (\\d+) from ([A-Z]+) to ([A-Z]+)",
                    m -> new SeatChanged(Email.of(m.group(1)), hub(m.group(2)), SeatStatus.valueOf(m.group(3)),
                            SeatStatus.valueOf(m.group(4)))),
            Shape.of("removed (\\S+) from client account (\\d+)",
                    m -> new SeatRemoved(Email.of(m.group(1)), hub(m.group(2)))),
            Shape.of("reactivated (\\S+) in client account (\\d+)",
                    m -> new SeatReactivated(Email.of(m.group(1)), hub(m.group(2)))),
            Shape.of("added (\\S+) to the partner account as ([A-Z]+) '(.*)'",
                    m -> new PartnerUserAdded(Email.of(m.group(1)), PartnerUserKind.valueOf(m.group(2)),
                            m.group(3))),
            Shape.of("updated (\\S+): ([A-Z]+) '(.*)'",
                    m -> new PartnerUserUpdated(Email.of(m.group(1)), PartnerUserKind.valueOf(m.group(2)),
                            m.group(3))),
            Shape.of("removed (\\S+) from the partner account",
                    m -> new PartnerUserRemoved(Email.of(m.group(1)))),
            Shape.of("(created|updated) partner \\S+ '(.*)' with e-mail domains \\[(.*)\\]",
                    m -> new PartnerSaved(m.group(1).equals("created"), m.group(2), m.group(3))),
            Shape.of("(created|updated) client account (\\d+) '(.*)': ([A-Z]{3}) (\\S+) MRR from now, growth market "
                            + "(yes|no)",
                    m -> new ClientSaved(m.group(1).equals("created"), hub(m.group(2)), m.group(3), m.group(4),
                            m.group(5), m.group(6).equals("yes"))),
            Shape.of("created the admin login (\\S+)",
                    m -> new AdminLogin(Email.of(m.group(1)), AdminLogin.Change.CREATED)),
            Shape.of("changed the password of the admin login (\\S+) \\(its sessions ended\\)",
                    m -> new AdminLogin(Email.of(m.group(1)), AdminLogin.Change.PASSWORD_CHANGED)),
            Shape.of("revoked the admin login (\\S+) \\(its sessions ended\\)",
                    m -> new AdminLogin(Email.of(m.group(1)), AdminLogin.Change.REVOKED)),
            Shape.of("set the point unit of ([A-Z]{3}) from (\\S+) to (\\S+) effective (\\S+)",
                    m -> new PointRateSet(m.group(1), m.group(2), m.group(3), m.group(4))),
            Shape.of("set the qualifying actions of (.+) from (none|\\[[^\\]]*\\]) to \\[([^\\]]*)\\] effective (\\S+)",
                    m -> new QualifyingActionsSet(m.group(1), m.group(2).equals("none") ? ""
                            : m.group(2).substring(1, m.group(2).length() - 1), m.group(3), m.group(4))),
            Shape.of("changed nothing", m -> new Nothing()));

    private static HubId hub(String digits) {
        return HubId.of(Long.parseLong(digits));
    }
}
