package es.viogen.risk.ui;

import es.viogen.platform.api.Texts;

/** Which language the instrument texts are shown in (Spanish unless the user chose English). */
final class Language {

    private Language() {
    }

    /** A numeric request parameter, or null when absent or not a number. */
    static Long longParam(String name) {
        String v = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(name);
        try {
            return v == null || v.isBlank() ? null : Long.valueOf(v.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    static String param(String name) {
        String v = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get(name);
        return v == null || v.isBlank() ? null : v.trim();
    }

    static boolean spanish(Texts texts) {
        return !"en".equals(texts.locale().getLanguage());
    }
}
