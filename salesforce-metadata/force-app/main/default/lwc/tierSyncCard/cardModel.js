/*
 * What the TierSync card shows, worked out from what the UI API wire adapters return. No DOM, no
 * wires: plain functions, so every rule for blanks and unknown values lives in one place.
 */

/** Text shown for a value that is blank or that the user cannot see. */
export const BLANK = {
    tier: 'Not tiered yet',
    modelTier: 'Not computed yet',
    until: 'No end date',
    why: 'No reason given',
    segment: 'Not segmented yet',
    churnRisk: 'Not assessed yet',
    upsell: 'Not assessed yet',
    reasons: 'TierSync has not explained this account yet.',
    fit: 'No fit score yet',
    updated: 'TierSync has not updated this account yet.'
};

/** SLDS badge themes by picklist value; a value missing here gets the plain badge. */
const THEMES = {
    tier: {
        A: 'slds-theme_success',
        B: 'slds-theme_info',
        C: 'slds-badge_inverse',
        D: 'slds-badge_lightest',
        New: 'slds-theme_alt-inverse',
        Prospect: 'slds-badge_lightest'
    },
    churnRisk: {
        None: 'slds-badge_lightest',
        Low: 'slds-theme_success',
        Medium: 'slds-theme_warning',
        High: 'slds-theme_error'
    },
    fitTier: {
        Strong: 'slds-theme_success',
        Moderate: 'slds-theme_info',
        Weak: 'slds-badge_lightest',
        Unknown: 'slds-badge_lightest'
    }
};

const BADGE = 'slds-badge';
const WEAK_TEXT = 'slds-text-color_weak';

/** A field's value in a UI API record, or undefined when the record lacks the field. */
export function valueOf(record, fieldApiName) {
    const field = record && record.fields ? record.fields[fieldApiName] : undefined;
    return field ? field.value : undefined;
}

function displayValueOf(record, fieldApiName) {
    const field = record && record.fields ? record.fields[fieldApiName] : undefined;
    return field ? field.displayValue : undefined;
}

export function isBlank(value) {
    return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * The label of a picklist value: the org's label for the record's record type when the value is
 * one of the field's values there, else the record's display value, else the raw value.
 */
export function picklistLabel(picklists, record, fieldApiName) {
    const value = valueOf(record, fieldApiName);
    if (isBlank(value)) {
        return undefined;
    }
    const entry = picklistEntry(picklists, fieldApiName, value);
    if (entry && !isBlank(entry.label)) {
        return entry.label;
    }
    const display = displayValueOf(record, fieldApiName);
    return isBlank(display) ? String(value) : display;
}

function picklistEntry(picklists, fieldApiName, value) {
    const field = picklists && picklists.picklistFieldValues ? picklists.picklistFieldValues[fieldApiName] : undefined;
    return field && Array.isArray(field.values) ? field.values.find((v) => v.value === value) : undefined;
}

/**
 * Whether the org's picklist for this record type lacks the value. False while the picklist
 * values are not known (not loaded, or the user cannot read them).
 */
export function isUnknownValue(picklists, record, fieldApiName) {
    const value = valueOf(record, fieldApiName);
    const field = picklists && picklists.picklistFieldValues ? picklists.picklistFieldValues[fieldApiName] : undefined;
    return !isBlank(value) && field !== undefined && !picklistEntry(picklists, fieldApiName, value);
}

/**
 * A picklist value as the card shows it: a badge themed by value (plain for a value TierSync does
 * not know), or weak text saying it is blank.
 */
export function badge(picklists, record, fieldApiName, theme, blankText) {
    const value = valueOf(record, fieldApiName);
    if (isBlank(value)) {
        return { blank: true, label: blankText, cssClass: WEAK_TEXT, title: blankText };
    }
    const label = picklistLabel(picklists, record, fieldApiName);
    const unknown = isUnknownValue(picklists, record, fieldApiName);
    const themed = unknown ? undefined : (THEMES[theme] || {})[value];
    return {
        blank: false,
        unknown,
        value,
        label,
        cssClass: themed ? `${BADGE} ${themed}` : BADGE,
        title: unknown ? `${label} is not one of this field's values in this org` : label
    };
}

/** A text value, or the blank text. */
export function text(record, fieldApiName, blankText) {
    const value = valueOf(record, fieldApiName);
    return isBlank(value)
        ? { blank: true, label: blankText, cssClass: WEAK_TEXT }
        : { blank: false, label: String(value), cssClass: '' };
}

/** A checkbox as Yes or No; blank only when the user cannot see the field. */
export function yesNo(record, fieldApiName, blankText) {
    const value = valueOf(record, fieldApiName);
    if (value === true) {
        return { blank: false, label: 'Yes', cssClass: '' };
    }
    if (value === false) {
        return { blank: false, label: 'No', cssClass: '' };
    }
    return { blank: true, label: blankText, cssClass: WEAK_TEXT };
}

/** A field's label from the object info, or the given default while it is not known. */
export function fieldLabel(objectInfo, fieldApiName, fallback) {
    const field = objectInfo && objectInfo.fields ? objectInfo.fields[fieldApiName] : undefined;
    return field && !isBlank(field.label) ? field.label : fallback;
}

/**
 * One tier change from a related-list record of Segment_Change__c, with the field names passed
 * in so that they come from the component's schema imports.
 */
export function change(record, f) {
    const shown = (fieldApiName) => {
        const field = record.fields ? record.fields[fieldApiName] : undefined;
        if (!field || isBlank(field.value)) {
            return undefined;
        }
        return isBlank(field.displayValue) ? String(field.value) : field.displayValue;
    };
    const from = shown(f.fromTier);
    const to = shown(f.toTier);
    const details = [];
    const segment = shown(f.segment);
    if (segment) {
        details.push(segment);
    }
    const churn = shown(f.churnRisk);
    if (churn) {
        details.push(`churn risk ${churn}`);
    }
    if (valueOf(record, f.upsell) === true) {
        details.push('upsell candidate');
    }
    let summary;
    if (from && to) {
        summary = `From ${from} to ${to}`;
    } else if (to) {
        summary = `First tier: ${to}`;
    } else if (from) {
        summary = `From ${from} to no tier`;
    } else {
        summary = 'Tier not recorded';
    }
    const changedOn = valueOf(record, f.changedOn);
    const reasons = valueOf(record, f.reasons);
    return {
        id: record.id,
        changedOn: isBlank(changedOn) ? undefined : changedOn,
        summary,
        details: details.join(' · '),
        hasDetails: details.length > 0,
        reasons: isBlank(reasons) ? undefined : reasons
    };
}

/** Newest change first; changes without a date last, in the order the server sent them. */
export function newestFirst(changes) {
    return changes
        .map((c, index) => ({ c, index }))
        .sort((a, b) => {
            if (a.c.changedOn === b.c.changedOn) {
                return a.index - b.index;
            }
            if (!a.c.changedOn) {
                return 1;
            }
            if (!b.c.changedOn) {
                return -1;
            }
            return a.c.changedOn < b.c.changedOn ? 1 : -1;
        })
        .map((entry) => entry.c);
}

/** One line for an error from a wire adapter, whatever shape its body has. */
export function errorMessage(error) {
    if (!error) {
        return undefined;
    }
    const body = error.body;
    const messages = [];
    if (Array.isArray(body)) {
        body.forEach((b) => b && b.message && messages.push(b.message));
    } else if (body && typeof body.message === 'string') {
        messages.push(body.message);
    } else if (typeof error.message === 'string') {
        messages.push(error.message);
    }
    if (messages.length === 0 && error.statusText) {
        messages.push(error.statusText);
    }
    return messages.length > 0 ? messages.join(' ') : 'Unknown error';
}
