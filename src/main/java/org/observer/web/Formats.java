package org.observer.web;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Numbers and dates in the user's language, for templates: {count.grouped}, {date.medium}. */
@TemplateExtension
public class Formats {

    static String grouped(Number number,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return NumberFormat.getIntegerInstance(Languages.of(locale, variant)).format(number);
    }

    static String medium(LocalDate date,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return date.format(DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Languages.of(locale, variant)));
    }

    static String medium(ZonedDateTime time,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return time.format(DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(Languages.of(locale, variant)));
    }

    /** Language of the page for the html element's lang attribute. */
    static String language(Locale locale) {
        return locale.getLanguage();
    }
}
