package es.viogen.municipal.entity;

/**
 * The services of a 24-hour crisis centre. The {@link #basic} ones form the common basic portfolio every centre must
 * offer (cartera común de servicios); the others are additional services a centre may offer.
 * Bundle keys {@code crisisService.<NAME>}.
 */
public enum CrisisService {
    IMMEDIATE_CARE(true),
    PSYCHOLOGICAL(true),
    LEGAL(true),
    SOCIAL(true),
    SOCIO_LABOUR_INSERTION(true),
    ACCOMPANIMENT(true),
    PHONE_24H(true),
    EMERGENCY_ACCOMMODATION(false),
    HEALTH_COORDINATION(false),
    INTERPRETING(false),
    MINORS_SUPPORT(false);

    private final boolean basic;

    CrisisService(boolean basic) {
        this.basic = basic;
    }

    public boolean isBasic() {
        return basic;
    }
}
