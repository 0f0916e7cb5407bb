package es.viogen.platform.api;

import java.io.Serializable;

/**
 * One fact or one action at the head of a case page.
 *
 * @param order   where it goes among the others (lower first)
 * @param code    a stable code, used as the element's id on the page (e.g. {@code level}, {@code assess})
 * @param action  an action button (its {@code text} is the button's label) rather than a fact
 * @param label   the fact's label, already in the user's language (null for an action)
 * @param text    the fact's value or the action's label, in the user's language
 * @param warning the fact needs attention (overdue, awaiting a decision, a high level)
 * @param link    relative URL of the detail or of the action's page, or null
 */
public record GlanceItem(int order, String code, boolean action, String label, String text, boolean warning, String link)
        implements Serializable {

    public static GlanceItem fact(int order, String code, String label, String text, boolean warning, String link) {
        return new GlanceItem(order, code, false, label, text, warning, link);
    }

    public static GlanceItem action(int order, String code, String text, String link) {
        return new GlanceItem(order, code, true, null, text, false, link);
    }
}
