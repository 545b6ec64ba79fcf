package org.observer.report;

public enum Severity {
    INFO, MINOR, SERIOUS, CRITICAL;

    public String messageKey() {
        return "severity_" + name();
    }
}
