import { LightningElement, api, wire } from 'lwc';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';

import ACCOUNT_OBJECT from '@salesforce/schema/Account';
import NAME_FIELD from '@salesforce/schema/Account.Name';
import TIER_FIELD from '@salesforce/schema/Account.Tier__c';
import MODEL_TIER_FIELD from '@salesforce/schema/Account.Model_Tier__c';
import OVERRIDE_FIELD from '@salesforce/schema/Account.Tier_Override__c';
import OVERRIDE_UNTIL_FIELD from '@salesforce/schema/Account.Tier_Override_Until__c';
import OVERRIDE_REASON_FIELD from '@salesforce/schema/Account.Tier_Override_Reason__c';
import SEGMENT_FIELD from '@salesforce/schema/Account.Segment__c';
import CHURN_RISK_FIELD from '@salesforce/schema/Account.Churn_Risk__c';
import UPSELL_FIELD from '@salesforce/schema/Account.Upsell_Candidate__c';
import REASONS_FIELD from '@salesforce/schema/Account.Segment_Reasons__c';
import FIT_SCORE_FIELD from '@salesforce/schema/Account.Fit_Score__c';
import FIT_TIER_FIELD from '@salesforce/schema/Account.Fit_Tier__c';
import UPDATED_AT_FIELD from '@salesforce/schema/Account.Segments_Updated_At__c';

import CHANGE_FROM_TIER from '@salesforce/schema/Segment_Change__c.From_Tier__c';
import CHANGE_TO_TIER from '@salesforce/schema/Segment_Change__c.To_Tier__c';
import CHANGE_SEGMENT from '@salesforce/schema/Segment_Change__c.Segment__c';
import CHANGE_CHURN_RISK from '@salesforce/schema/Segment_Change__c.Churn_Risk__c';
import CHANGE_UPSELL from '@salesforce/schema/Segment_Change__c.Upsell_Candidate__c';
import CHANGE_REASONS from '@salesforce/schema/Segment_Change__c.Reasons__c';
import CHANGE_CHANGED_ON from '@salesforce/schema/Segment_Change__c.Changed_On__c';

import {
    BLANK,
    badge,
    change,
    errorMessage,
    fieldLabel,
    isBlank,
    newestFirst,
    text,
    valueOf,
    yesNo
} from './cardModel';

/** The child relationship of Segment_Change__c.Account__c (master-detail). */
const CHANGES_RELATED_LIST = 'Segment_Changes__r';
const DEFAULT_CHANGES_TO_SHOW = 5;
const MAX_CHANGES_TO_SHOW = 20;

/** TierSync's fields are optional: one the user cannot see shows as blank, not as an error. */
const TIERSYNC_FIELDS = [
    TIER_FIELD,
    MODEL_TIER_FIELD,
    OVERRIDE_FIELD,
    OVERRIDE_UNTIL_FIELD,
    OVERRIDE_REASON_FIELD,
    SEGMENT_FIELD,
    CHURN_RISK_FIELD,
    UPSELL_FIELD,
    REASONS_FIELD,
    FIT_SCORE_FIELD,
    FIT_TIER_FIELD,
    UPDATED_AT_FIELD
];

const qualified = (field) => `${field.objectApiName}.${field.fieldApiName}`;

const CHANGE_FIELDS = {
    fromTier: CHANGE_FROM_TIER.fieldApiName,
    toTier: CHANGE_TO_TIER.fieldApiName,
    segment: CHANGE_SEGMENT.fieldApiName,
    churnRisk: CHANGE_CHURN_RISK.fieldApiName,
    upsell: CHANGE_UPSELL.fieldApiName,
    reasons: CHANGE_REASONS.fieldApiName,
    changedOn: CHANGE_CHANGED_ON.fieldApiName
};

/**
 * TierSync's values on an Account record page: the tier as a badge, a rep's pin with the model's
 * tier, churn risk, upsell flag, fit, segment, the reasons and the last tier changes. Reads
 * everything through the UI API wire adapters; needs no Apex.
 */
export default class TierSyncCard extends LightningElement {
    /** Set by the record page. */
    @api recordId;

    /** App Builder: the card's title. */
    @api cardTitle = 'TierSync';

    _changesToShow = DEFAULT_CHANGES_TO_SHOW;

    /** App Builder: how many tier changes to list (0 hides the list). */
    @api
    get changesToShow() {
        return this._changesToShow;
    }
    set changesToShow(value) {
        const n = Number.parseInt(value, 10);
        this._changesToShow = Number.isNaN(n) ? DEFAULT_CHANGES_TO_SHOW : Math.min(Math.max(n, 0), MAX_CHANGES_TO_SHOW);
    }

    record;
    recordError;
    objectInfo;
    picklists;
    changeRecords;
    changesError;
    recordTypeId;

    @wire(getRecord, { recordId: '$recordId', fields: [NAME_FIELD], optionalFields: TIERSYNC_FIELDS })
    wiredRecord({ data, error }) {
        this.record = data;
        this.recordError = error ? errorMessage(error) : undefined;
        this.recordTypeId = this.pickRecordTypeId();
    }

    /** Field labels (as the org names and translates them) and the default record type. */
    @wire(getObjectInfo, { objectApiName: ACCOUNT_OBJECT })
    wiredObjectInfo({ data }) {
        // Without object info the card falls back to built-in labels.
        this.objectInfo = data;
        this.recordTypeId = this.pickRecordTypeId();
    }

    /** Picklist labels for the record's record type. */
    @wire(getPicklistValuesByRecordType, { objectApiName: ACCOUNT_OBJECT, recordTypeId: '$recordTypeId' })
    wiredPicklists({ data }) {
        // Without picklist values the card shows the record's display values.
        this.picklists = data;
    }

    @wire(getRelatedListRecords, {
        parentRecordId: '$changesParentId',
        relatedListId: CHANGES_RELATED_LIST,
        fields: [qualified(CHANGE_TO_TIER), qualified(CHANGE_CHANGED_ON)],
        optionalFields: [
            qualified(CHANGE_FROM_TIER),
            qualified(CHANGE_SEGMENT),
            qualified(CHANGE_CHURN_RISK),
            qualified(CHANGE_UPSELL),
            qualified(CHANGE_REASONS)
        ],
        sortBy: [`-${qualified(CHANGE_CHANGED_ON)}`],
        pageSize: '$changesToShow'
    })
    wiredChanges({ data, error }) {
        this.changeRecords = data ? data.records : undefined;
        this.changesError = error ? errorMessage(error) : undefined;
    }

    pickRecordTypeId() {
        if (this.record && this.record.recordTypeId) {
            return this.record.recordTypeId;
        }
        return this.objectInfo ? this.objectInfo.defaultRecordTypeId : undefined;
    }

    /** Undefined keeps the related-list wire from asking when the list is hidden. */
    get changesParentId() {
        return this.showChanges ? this.recordId : undefined;
    }

    get title() {
        return isBlank(this.cardTitle) ? 'TierSync' : this.cardTitle;
    }

    get isLoading() {
        return !this.record && !this.recordError;
    }

    get labels() {
        const info = this.objectInfo;
        return {
            tier: fieldLabel(info, TIER_FIELD.fieldApiName, 'Tier'),
            modelTier: fieldLabel(info, MODEL_TIER_FIELD.fieldApiName, 'Model Tier'),
            until: fieldLabel(info, OVERRIDE_UNTIL_FIELD.fieldApiName, 'Tier Override Until'),
            why: fieldLabel(info, OVERRIDE_REASON_FIELD.fieldApiName, 'Tier Override Reason'),
            segment: fieldLabel(info, SEGMENT_FIELD.fieldApiName, 'Segment'),
            churnRisk: fieldLabel(info, CHURN_RISK_FIELD.fieldApiName, 'Churn Risk'),
            upsell: fieldLabel(info, UPSELL_FIELD.fieldApiName, 'Upsell Candidate'),
            fit: fieldLabel(info, FIT_TIER_FIELD.fieldApiName, 'Fit Tier'),
            reasons: fieldLabel(info, REASONS_FIELD.fieldApiName, 'Segment Reasons')
        };
    }

    get tier() {
        return badge(this.picklists, this.record, TIER_FIELD.fieldApiName, 'tier', BLANK.tier);
    }

    /** A rep has pinned the tier: the card then shows what the model says, until when and why. */
    get isPinned() {
        return !isBlank(valueOf(this.record, OVERRIDE_FIELD.fieldApiName));
    }

    get modelTier() {
        return badge(this.picklists, this.record, MODEL_TIER_FIELD.fieldApiName, 'tier', BLANK.modelTier);
    }

    get modelAgrees() {
        const model = valueOf(this.record, MODEL_TIER_FIELD.fieldApiName);
        return !isBlank(model) && model === valueOf(this.record, OVERRIDE_FIELD.fieldApiName);
    }

    get pinnedUntil() {
        const until = valueOf(this.record, OVERRIDE_UNTIL_FIELD.fieldApiName);
        return isBlank(until) ? undefined : until;
    }

    get untilBlank() {
        return BLANK.until;
    }

    get pinReason() {
        return text(this.record, OVERRIDE_REASON_FIELD.fieldApiName, BLANK.why);
    }

    get segment() {
        return badge(this.picklists, this.record, SEGMENT_FIELD.fieldApiName, 'segment', BLANK.segment);
    }

    get churnRisk() {
        return badge(this.picklists, this.record, CHURN_RISK_FIELD.fieldApiName, 'churnRisk', BLANK.churnRisk);
    }

    get upsell() {
        return yesNo(this.record, UPSELL_FIELD.fieldApiName, BLANK.upsell);
    }

    get fitScore() {
        const score = valueOf(this.record, FIT_SCORE_FIELD.fieldApiName);
        return isBlank(score) ? undefined : Number(score);
    }

    get hasFitScore() {
        return this.fitScore !== undefined && !Number.isNaN(this.fitScore);
    }

    get fitTier() {
        return badge(this.picklists, this.record, FIT_TIER_FIELD.fieldApiName, 'fitTier', BLANK.fit);
    }

    /** The fit shows once the fit model has written a score or a fit tier. */
    get hasFit() {
        return this.hasFitScore || !this.fitTier.blank;
    }

    get noFitText() {
        return BLANK.fit;
    }

    get reasons() {
        return text(this.record, REASONS_FIELD.fieldApiName, BLANK.reasons);
    }

    get updatedAt() {
        const at = valueOf(this.record, UPDATED_AT_FIELD.fieldApiName);
        return isBlank(at) ? undefined : at;
    }

    get notUpdatedText() {
        return BLANK.updated;
    }

    get showChanges() {
        return this._changesToShow > 0;
    }

    get changes() {
        const records = this.changeRecords || [];
        return newestFirst(records.map((r) => change(r, CHANGE_FIELDS))).slice(0, this._changesToShow);
    }

    get hasChanges() {
        return this.changes.length > 0;
    }

    get changesLoading() {
        return !this.changeRecords && !this.changesError;
    }
}
