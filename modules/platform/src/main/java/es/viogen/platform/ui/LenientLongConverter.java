package es.viogen.platform.ui;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record id from the address ({@code ?id=}, {@code ?case=}): anything but a whole number is no id at all, so the
 * page says that it does not know which record to open instead of failing the conversion and showing an empty area
 * ({@code case.xhtml?id=abc}). Use {@code converter="viogen.recordId"} on the view parameter.
 */
@FacesConverter("viogen.recordId")
public class LenientLongConverter implements Converter<Long> {

    @Override
    public Long getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            long id = Long.parseLong(value.strip());
            return id > 0 ? id : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, Long value) {
        return value == null ? "" : value.toString();
    }
}
