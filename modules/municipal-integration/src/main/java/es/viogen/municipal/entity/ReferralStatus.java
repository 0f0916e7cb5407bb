package es.viogen.municipal.entity;

/** Status of a referral to a crisis centre (bundle keys {@code referralStatus.<NAME>}). */
public enum ReferralStatus {
    SENT, ACCEPTED, ATTENDED, CLOSED, DECLINED
}
