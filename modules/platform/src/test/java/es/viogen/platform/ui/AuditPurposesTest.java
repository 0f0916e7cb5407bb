package es.viogen.platform.ui;

import es.viogen.platform.api.Texts;
import org.junit.jupiter.api.Test;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class AuditPurposesTest {

    /** The platform's own bundle, as the application reads it. */
    private static Texts bundle(Locale locale) {
        ResourceBundle b = ResourceBundle.getBundle("es.viogen.platform.messages", locale);
        return new Texts() {
            @Override
            public String get(String key, Object... args) {
                return get(locale, key, args);
            }

            @Override
            public String get(Locale l, String key, Object... args) {
                try {
                    String p = b.getString(key);
                    return args == null || args.length == 0 ? p : new MessageFormat(p, l).format(args);
                } catch (MissingResourceException e) {
                    return "???" + key + "???";
                }
            }

            @Override
            public Locale locale() {
                return locale;
            }
        };
    }

    @Test
    void numbersAndCodesAreTheArgumentsOfThePattern() {
        assertEquals("audit.purpose.transfer-n-accepted", AuditPurposes.parse("transfer 12 accepted").key());
        assertEquals(java.util.List.of("12"), AuditPurposes.parse("transfer 12 accepted").args());
        assertEquals("audit.purpose.case-list-exported-as-n-n-rows",
                AuditPurposes.parse("case list exported as XLSX, 250 rows").key());
        assertEquals("audit.purpose.outside-the-actor-s-scope", AuditPurposes.parse("outside the actor's scope").key());
    }

    @Test
    void aPurposeIsShownInSpanishWithItsNumbersUnchanged() {
        Texts es = bundle(Locale.forLanguageTag("es"));
        assertEquals("traslado 12345 aceptado", AuditPurposes.label("transfer 12345 accepted", es),
                "the record's number is not regrouped as «12.345»");
        assertEquals("lista de casos exportada en XLSX, 250 filas",
                AuditPurposes.label("case list exported as XLSX, 250 rows", es));
        assertEquals("fuera del ámbito del usuario", AuditPurposes.label("outside the actor's scope", es));
        assertEquals("outside the user's scope",
                AuditPurposes.label("outside the actor's scope", bundle(Locale.ENGLISH)), "no doubled apostrophe");
    }

    @Test
    void aPurposeWithoutAPatternIsLeftToThePageToShowAsWritten() {
        assertNull(AuditPurposes.label("something nobody translated", bundle(Locale.forLanguageTag("es"))));
        assertEquals("", AuditPurposes.label(null, bundle(Locale.forLanguageTag("es"))));
    }
}
