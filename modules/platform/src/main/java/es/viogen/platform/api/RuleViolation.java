package es.viogen.platform.api;

/** A business rule refuses the operation (e.g. an inactivation condition unmet); the message names the rule. */
public class RuleViolation extends DomainException {

    private final String rule;

    public RuleViolation(String rule, String messageKey, Object... args) {
        super(messageKey, args);
        this.rule = rule;
    }

    public String rule() {
        return rule;
    }

    @Override
    public int status() {
        return 422;
    }

    @Override
    public String code() {
        return rule;
    }
}
