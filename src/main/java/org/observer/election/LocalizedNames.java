package org.observer.election;

import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import org.observer.web.Languages;

/** {unit.name.local}: the name in the page's language. */
@TemplateExtension
public class LocalizedNames {
    static String local(LocalizedName name,
            @TemplateExtension.TemplateAttribute(TemplateInstance.LOCALE) Object locale,
            @TemplateExtension.TemplateAttribute(TemplateInstance.SELECTED_VARIANT) Object variant) {
        return name.in(Languages.of(locale, variant));
    }
}
