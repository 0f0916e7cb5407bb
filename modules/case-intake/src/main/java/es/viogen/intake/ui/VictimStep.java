package es.viogen.intake.ui;

import es.viogen.intake.api.NewVictim;

import java.io.Serializable;

/** The victim step of the intake wizard: her identity and how she can be reached safely. */
public class VictimStep implements Serializable {

    private static final long serialVersionUID = 1L;

    private final PersonForm identity = new PersonForm();
    private String language = "español";
    private boolean interpreterNeeded;
    private String safeContactChannel;
    private String safeCallWindow;
    private String phone;
    private String address;
    private boolean addressProtected;

    public NewVictim toNew() {
        return new NewVictim(identity.toIdentity(), language, interpreterNeeded, safeContactChannel, safeCallWindow,
                phone, address, addressProtected);
    }

    public PersonForm getIdentity() {
        return identity;
    }

    public String getLanguage() {
        return language;
    }

    public void setLanguage(String language) {
        this.language = language;
    }

    public boolean isInterpreterNeeded() {
        return interpreterNeeded;
    }

    public void setInterpreterNeeded(boolean interpreterNeeded) {
        this.interpreterNeeded = interpreterNeeded;
    }

    public String getSafeContactChannel() {
        return safeContactChannel;
    }

    public void setSafeContactChannel(String safeContactChannel) {
        this.safeContactChannel = safeContactChannel;
    }

    public String getSafeCallWindow() {
        return safeCallWindow;
    }

    public void setSafeCallWindow(String safeCallWindow) {
        this.safeCallWindow = safeCallWindow;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        this.address = address;
    }

    public boolean isAddressProtected() {
        return addressProtected;
    }

    public void setAddressProtected(boolean addressProtected) {
        this.addressProtected = addressProtected;
    }
}
