package org.observer.results;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import java.math.BigDecimal;
import java.text.NumberFormat;
import org.observer.web.Languages;

/**
 * Shares and quotas in the user's language: {share.decimal} gives 53.90 or 53,90; {remainder.decimal(4)}
 * four digits after the point.
 */
@TemplateExtension
public class ResultFormats {

    static String decimal(BigDecimal number,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return decimal(number, 2, locale, variant);
    }

    static String decimal(BigDecimal number, int digits,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        NumberFormat format = NumberFormat.getNumberInstance(Languages.of(locale, variant));
        format.setMinimumFractionDigits(digits);
        format.setMaximumFractionDigits(digits);
        return format.format(number);
    }
}
