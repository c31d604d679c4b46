import { createElement } from '@lwc/engine-dom';
import TierSyncCard from 'c/tierSyncCard';
import { getRecord } from 'lightning/uiRecordApi';
import { getObjectInfo, getPicklistValuesByRecordType } from 'lightning/uiObjectInfoApi';
import { getRelatedListRecords } from 'lightning/uiRelatedListApi';

// UI API responses as an org returns them for an Account with TierSync's fields.
const RECORD = require('./data/getRecord.json');
const OBJECT_INFO = require('./data/getObjectInfo.json');
const PICKLISTS = require('./data/getPicklistValuesByRecordType.json');
const PICKLISTS_DE = require('./data/getPicklistValuesByRecordType_de.json');
const CHANGES = require('./data/getRelatedListRecords.json');

const ACCOUNT_ID = RECORD.id;

/** The record response with some fields set to other values (null for blank). */
function account(values = {}) {
    const record = JSON.parse(JSON.stringify(RECORD));
    Object.entries(values).forEach(([name, value]) => {
        const picklist = typeof value === 'string' && !name.endsWith('_Reason__c') && !name.endsWith('Reasons__c');
        record.fields[name] = { displayValue: picklist ? value : null, value };
    });
    return record;
}

/** The record response as a user sees it who can read none of TierSync's fields. */
function accountWithoutTierSyncFields() {
    const record = JSON.parse(JSON.stringify(RECORD));
    record.fields = { Name: RECORD.fields.Name };
    return record;
}

const BLANK_ACCOUNT = {
    Tier__c: null,
    Model_Tier__c: null,
    Tier_Override__c: null,
    Tier_Override_Until__c: null,
    Tier_Override_Reason__c: null,
    Segment__c: null,
    Churn_Risk__c: null,
    Upsell_Candidate__c: false,
    Segment_Reasons__c: null,
    Fit_Score__c: null,
    Fit_Tier__c: null,
    Segments_Updated_At__c: null
};

function changesWith(records) {
    return { ...JSON.parse(JSON.stringify(CHANGES)), records, count: records.length };
}

function mount(props = {}) {
    const element = createElement('c-tier-sync-card', { is: TierSyncCard });
    element.recordId = ACCOUNT_ID;
    Object.assign(element, props);
    document.body.appendChild(element);
    return element;
}

/** Emits the org's answers; pass null to leave an adapter without an answer. */
async function load({ record = RECORD, objectInfo = OBJECT_INFO, picklists = PICKLISTS, changes = CHANGES } = {}) {
    if (objectInfo) {
        getObjectInfo.emit(objectInfo);
    }
    if (record) {
        getRecord.emit(record);
    }
    if (picklists) {
        getPicklistValuesByRecordType.emit(picklists);
    }
    if (changes) {
        getRelatedListRecords.emit(changes);
    }
    await flushPromises();
}

function flushPromises() {
    return new Promise((resolve) => setTimeout(resolve, 0));
}

const q = (element, id) => element.shadowRoot.querySelector(`[data-id="${id}"]`);
const qa = (element, id) => Array.from(element.shadowRoot.querySelectorAll(`[data-id="${id}"]`));
const textOf = (element, id) => q(element, id).textContent.replace(/\s+/g, ' ').trim();
const classesOf = (element, id) => Array.from(q(element, id).classList);

/** The dt labels of the card's description lists, in order. */
const labelsOf = (element) =>
    Array.from(element.shadowRoot.querySelectorAll('dt')).map((dt) => dt.textContent.trim());

describe('c-tier-sync-card', () => {
    afterEach(() => {
        while (document.body.firstChild) {
            document.body.removeChild(document.body.firstChild);
        }
        jest.clearAllMocks();
    });

    describe('with every value set', () => {
        it('shows the tier as a themed badge, the segment, churn risk, upsell flag, fit and reasons', async () => {
            const element = mount();
            await load();

            expect(textOf(element, 'tier')).toBe('A');
            expect(classesOf(element, 'tier')).toEqual(['slds-badge', 'slds-theme_success']);
            expect(textOf(element, 'segment')).toBe('Strategic Enterprise');
            expect(textOf(element, 'churn-risk')).toBe('Low');
            expect(classesOf(element, 'churn-risk')).toContain('slds-theme_success');
            expect(textOf(element, 'upsell')).toBe('Yes');
            expect(textOf(element, 'fit-tier')).toBe('Strong');
            const score = q(element, 'fit-score').querySelector('lightning-formatted-number');
            expect(score.value).toBe(82.4);
            expect(score.minimumFractionDigits).toBe('1');
            expect(score.maximumFractionDigits).toBe('1');
            expect(textOf(element, 'fit-score')).toBe('/ 100');
            expect(textOf(element, 'reasons')).toBe(RECORD.fields.Segment_Reasons__c.value);
            expect(q(element, 'updated').querySelector('lightning-formatted-date-time').value).toBe(
                '2025-03-14T06:00:12.000Z'
            );
        });

        it('shows no pin when no rep has pinned the tier', async () => {
            const element = mount();
            await load();

            expect(q(element, 'pin')).toBeNull();
            expect(q(element, 'pinned-flag')).toBeNull();
            expect(labelsOf(element)).not.toContain('Model Tier');
        });

        it('themes churn risk High as an error and Medium as a warning', async () => {
            const element = mount();
            await load({ record: account({ Churn_Risk__c: 'High' }) });
            expect(classesOf(element, 'churn-risk')).toEqual(['slds-badge', 'slds-theme_error']);

            getRecord.emit(account({ Churn_Risk__c: 'Medium' }));
            await flushPromises();
            expect(classesOf(element, 'churn-risk')).toEqual(['slds-badge', 'slds-theme_warning']);
        });

        it('asks for the record by id with the fields as optional, so a hidden field is not an error', async () => {
            mount();
            await load();

            const config = getRecord.getLastConfig();
            expect(config.recordId).toBe(ACCOUNT_ID);
            expect(config.fields).toEqual([{ objectApiName: 'Account', fieldApiName: 'Name' }]);
            expect(config.optionalFields.map((f) => f.fieldApiName)).toEqual([
                'Tier__c',
                'Model_Tier__c',
                'Tier_Override__c',
                'Tier_Override_Until__c',
                'Tier_Override_Reason__c',
                'Segment__c',
                'Churn_Risk__c',
                'Upsell_Candidate__c',
                'Segment_Reasons__c',
                'Fit_Score__c',
                'Fit_Tier__c',
                'Segments_Updated_At__c'
            ]);
            expect(config.optionalFields.every((f) => f.objectApiName === 'Account')).toBe(true);
        });
    });

    describe("with the org's labels", () => {
        it('labels the fields as the object info names them', async () => {
            const info = JSON.parse(JSON.stringify(OBJECT_INFO));
            info.fields.Tier__c.label = 'Account Tier';
            info.fields.Segment_Reasons__c.label = 'Why this tier';
            const element = mount();
            await load({ objectInfo: info });

            expect(labelsOf(element)).toEqual([
                'Account Tier',
                'Segment',
                'Churn Risk',
                'Upsell Candidate',
                'Fit Tier',
                'Why this tier'
            ]);
        });

        it('shows the picklist labels of a translated org', async () => {
            const element = mount();
            await load({ record: account({ Churn_Risk__c: 'High' }), picklists: PICKLISTS_DE });

            expect(textOf(element, 'segment')).toBe('Strategische Großkunden');
            expect(textOf(element, 'churn-risk')).toBe('Hoch');
            expect(classesOf(element, 'churn-risk')).toContain('slds-theme_error');
            expect(textOf(element, 'fit-tier')).toBe('Stark');
        });

        it("asks for the picklists of the record's own record type", async () => {
            const element = mount();
            const record = account();
            record.recordTypeId = '0125g000001AbCdAAK';
            await load({ record });

            expect(getPicklistValuesByRecordType.getLastConfig()).toEqual({
                objectApiName: { objectApiName: 'Account' },
                recordTypeId: '0125g000001AbCdAAK'
            });
            expect(textOf(element, 'tier')).toBe('A');
        });

        it('falls back to the built-in labels and display values when object info and picklists fail', async () => {
            const element = mount();
            getObjectInfo.error();
            getPicklistValuesByRecordType.error();
            await load({ objectInfo: null, picklists: null, record: account({ Segment__c: 'Expansion' }) });

            expect(labelsOf(element)[0]).toBe('Tier');
            expect(textOf(element, 'tier')).toBe('A');
            expect(textOf(element, 'segment')).toBe('Expansion');
            expect(q(element, 'record-error')).toBeNull();
        });
    });

    describe('with a tier pinned by a rep', () => {
        const PINNED = {
            Tier__c: 'A',
            Tier_Override__c: 'A',
            Model_Tier__c: 'C',
            Tier_Override_Until__c: '2025-06-30',
            Tier_Override_Reason__c: 'Renewal of the group-wide contract is being negotiated with their CFO'
        };

        it("shows the pinned tier, the model's tier, until when and why", async () => {
            const element = mount();
            await load({ record: account(PINNED) });

            expect(textOf(element, 'tier')).toBe('A');
            expect(textOf(element, 'pinned-flag')).toBe('Pinned by a rep');
            expect(textOf(element, 'model-tier')).toBe('C');
            expect(classesOf(element, 'model-tier')).toEqual(['slds-badge', 'slds-badge_inverse']);
            expect(q(element, 'model-agrees')).toBeNull();
            const until = q(element, 'pinned-until').querySelector('lightning-formatted-date-time');
            expect(until.value).toBe('2025-06-30');
            expect(until.timeZone).toBe('UTC');
            expect(textOf(element, 'pin-reason')).toBe(PINNED.Tier_Override_Reason__c);
            expect(labelsOf(element).slice(0, 4)).toEqual([
                'Tier',
                'Model Tier',
                'Tier Override Until',
                'Tier Override Reason'
            ]);
        });

        it('says when the pin has no end date or reason, and when the model agrees with it', async () => {
            const element = mount();
            await load({
                record: account({ ...PINNED, Model_Tier__c: 'A', Tier_Override_Until__c: null, Tier_Override_Reason__c: null })
            });

            expect(textOf(element, 'model-tier')).toBe('A');
            expect(textOf(element, 'model-agrees')).toBe('(the same as the pin)');
            expect(textOf(element, 'pinned-until')).toBe('No end date');
            expect(q(element, 'pinned-until').querySelector('lightning-formatted-date-time')).toBeNull();
            expect(textOf(element, 'pin-reason')).toBe('No reason given');
        });

        it("says the model's tier is not computed yet on a pin made before the first run", async () => {
            const element = mount();
            await load({ record: account({ ...PINNED, Model_Tier__c: null }) });

            expect(textOf(element, 'model-tier')).toBe('Not computed yet');
            expect(classesOf(element, 'model-tier')).toEqual(['slds-text-color_weak']);
        });
    });

    describe('with blank values', () => {
        it('says what is missing everywhere instead of showing empty badges', async () => {
            const element = mount();
            await load({ record: account(BLANK_ACCOUNT), changes: changesWith([]) });

            expect(textOf(element, 'tier')).toBe('Not tiered yet');
            expect(classesOf(element, 'tier')).toEqual(['slds-text-color_weak']);
            expect(q(element, 'pin')).toBeNull();
            expect(textOf(element, 'segment')).toBe('Not segmented yet');
            expect(textOf(element, 'churn-risk')).toBe('Not assessed yet');
            expect(classesOf(element, 'churn-risk')).not.toContain('slds-badge');
            expect(textOf(element, 'upsell')).toBe('No');
            expect(textOf(element, 'no-fit')).toBe('No fit score yet');
            expect(textOf(element, 'reasons')).toBe('TierSync has not explained this account yet.');
            expect(textOf(element, 'updated')).toBe('TierSync has not updated this account yet.');
            expect(textOf(element, 'no-changes')).toBe('No tier changes recorded yet.');
            expect(element.shadowRoot.querySelectorAll('.slds-badge')).toHaveLength(0);
        });

        it('treats fields the user cannot read as blank', async () => {
            const element = mount();
            await load({ record: accountWithoutTierSyncFields(), changes: changesWith([]) });

            expect(textOf(element, 'tier')).toBe('Not tiered yet');
            expect(textOf(element, 'upsell')).toBe('Not assessed yet');
            expect(textOf(element, 'no-fit')).toBe('No fit score yet');
            expect(q(element, 'record-error')).toBeNull();
        });

        it('treats a reasons text of only spaces as blank', async () => {
            const element = mount();
            await load({ record: account({ Segment_Reasons__c: '   ' }) });

            expect(textOf(element, 'reasons')).toBe('TierSync has not explained this account yet.');
        });
    });

    describe('with a picklist value the org does not know', () => {
        it('shows the raw value on a plain badge and says it is not a known value', async () => {
            const element = mount();
            await load({
                record: account({ Tier__c: 'Platinum', Segment__c: 'Dormant', Churn_Risk__c: 'Severe' })
            });

            expect(textOf(element, 'tier')).toBe('Platinum');
            expect(classesOf(element, 'tier')).toEqual(['slds-badge']);
            expect(q(element, 'tier').title).toBe("Platinum is not one of this field's values in this org");
            expect(textOf(element, 'segment')).toBe('Dormant');
            expect(classesOf(element, 'segment')).toEqual(['slds-badge']);
            expect(textOf(element, 'churn-risk')).toBe('Severe');
            expect(classesOf(element, 'churn-risk')).toEqual(['slds-badge']);
        });

        it('keeps a known value off its theme when the record type does not offer it', async () => {
            const picklists = JSON.parse(JSON.stringify(PICKLISTS));
            picklists.picklistFieldValues.Churn_Risk__c.values = picklists.picklistFieldValues.Churn_Risk__c.values.filter(
                (v) => v.value !== 'High'
            );
            const element = mount();
            await load({ record: account({ Churn_Risk__c: 'High' }), picklists });

            expect(textOf(element, 'churn-risk')).toBe('High');
            expect(classesOf(element, 'churn-risk')).toEqual(['slds-badge']);
        });
    });

    describe('without a fit yet', () => {
        it('says there is no fit score when neither score nor fit tier is set', async () => {
            const element = mount();
            await load({ record: account({ Fit_Score__c: null, Fit_Tier__c: null }) });

            expect(textOf(element, 'no-fit')).toBe('No fit score yet');
            expect(q(element, 'fit-tier')).toBeNull();
            expect(q(element, 'fit-score')).toBeNull();
        });

        it('says there is no fit score when the fit fields are not in the org', async () => {
            const record = account();
            delete record.fields.Fit_Score__c;
            delete record.fields.Fit_Tier__c;
            const element = mount();
            await load({ record });

            expect(textOf(element, 'no-fit')).toBe('No fit score yet');
        });

        it('shows a score of zero, which is a score and not a blank', async () => {
            const element = mount();
            await load({ record: account({ Fit_Score__c: 0, Fit_Tier__c: 'Weak' }) });

            expect(textOf(element, 'fit-tier')).toBe('Weak');
            expect(q(element, 'fit-score').querySelector('lightning-formatted-number').value).toBe(0);
        });

        it('shows the fit tier alone when the score is blank', async () => {
            const element = mount();
            await load({ record: account({ Fit_Score__c: null, Fit_Tier__c: 'Unknown' }) });

            expect(textOf(element, 'fit-tier')).toBe('Unknown');
            expect(q(element, 'fit-score')).toBeNull();
        });
    });

    describe('with the last tier changes', () => {
        it('lists them newest first with their tiers, segment, flags, reasons and dates', async () => {
            const element = mount();
            await load();

            const items = qa(element, 'change');
            expect(items).toHaveLength(3);
            const summaries = qa(element, 'change-summary').map((e) => e.textContent.trim());
            expect(summaries).toEqual(['From B to A', 'From C to B', 'First tier: C']);
            const details = qa(element, 'change-details').map((e) => e.textContent.trim());
            expect(details).toEqual([
                'Strategic Enterprise · churn risk Low · upsell candidate',
                'Expansion · churn risk Low · upsell candidate',
                'Core · churn risk None'
            ]);
            expect(qa(element, 'change-reasons')[2].textContent.trim()).toBe(
                'First won deal ($86K); orders every 60 days so far.'
            );
            const dates = qa(element, 'change-date').map((e) => e.querySelector('lightning-formatted-date-time'));
            expect(dates.map((d) => d.value)).toEqual(['2025-03-14', '2024-11-02', '2024-06-18']);
            expect(dates.every((d) => d.timeZone === 'UTC')).toBe(true);
        });

        it('asks for the Segment_Changes__r related list of this account, newest first', async () => {
            mount();
            await load();

            const config = getRelatedListRecords.getLastConfig();
            expect(config.parentRecordId).toBe(ACCOUNT_ID);
            expect(config.relatedListId).toBe('Segment_Changes__r');
            expect(config.fields).toEqual(['Segment_Change__c.To_Tier__c', 'Segment_Change__c.Changed_On__c']);
            expect(config.optionalFields).toEqual([
                'Segment_Change__c.From_Tier__c',
                'Segment_Change__c.Segment__c',
                'Segment_Change__c.Churn_Risk__c',
                'Segment_Change__c.Upsell_Candidate__c',
                'Segment_Change__c.Reasons__c'
            ]);
            expect(config.sortBy).toEqual(['-Segment_Change__c.Changed_On__c']);
            expect(config.pageSize).toBe(5);
        });

        it('sorts newest first whatever order the records come in, undated ones last', async () => {
            const [newest, middle, oldest] = CHANGES.records;
            const undated = JSON.parse(JSON.stringify(middle));
            undated.id = 'a0B5g00000Qw804EAA';
            undated.fields.Changed_On__c = { displayValue: null, value: null };
            const element = mount();
            await load({ changes: changesWith([undated, oldest, newest, middle]) });

            const dates = qa(element, 'change-date').map((e) => {
                const date = e.querySelector('lightning-formatted-date-time');
                return date ? date.value : e.textContent.trim();
            });
            expect(dates).toEqual(['2025-03-14', '2024-11-02', '2024-06-18', 'Date not recorded']);
        });

        it('shows as many changes as App Builder says and asks for no more', async () => {
            const element = mount({ changesToShow: 2 });
            await load();

            expect(getRelatedListRecords.getLastConfig().pageSize).toBe(2);
            expect(qa(element, 'change')).toHaveLength(2);
        });

        it('hides the list and does not ask for it when App Builder sets 0 changes', async () => {
            const element = mount({ changesToShow: 0 });
            await load();

            expect(q(element, 'changes')).toBeNull();
            expect(getRelatedListRecords.getLastConfig().parentRecordId).toBeUndefined();
            expect(textOf(element, 'tier')).toBe('A');
        });

        it('says so when no change is recorded yet', async () => {
            const element = mount();
            await load({ changes: changesWith([]) });

            expect(qa(element, 'change')).toHaveLength(0);
            expect(textOf(element, 'no-changes')).toBe('No tier changes recorded yet.');
        });

        it('shows why the changes could not be loaded and keeps the rest of the card', async () => {
            const element = mount();
            getRelatedListRecords.error([
                { errorCode: 'INVALID_TYPE', message: "sObject type 'Segment_Change__c' is not supported." }
            ]);
            await load({ changes: null });

            expect(textOf(element, 'changes-error')).toBe(
                "Tier changes could not be loaded: sObject type 'Segment_Change__c' is not supported."
            );
            expect(textOf(element, 'tier')).toBe('A');
        });

        it('says the changes are loading until they come', async () => {
            const element = mount();
            await load({ changes: null });

            expect(textOf(element, 'changes-loading')).toBe('Loading tier changes…');
        });

        it('marks blank tiers, segment and churn risk of a change without breaking', async () => {
            const blank = JSON.parse(JSON.stringify(CHANGES.records[0]));
            ['From_Tier__c', 'To_Tier__c', 'Segment__c', 'Churn_Risk__c', 'Reasons__c'].forEach((name) => {
                blank.fields[name] = { displayValue: null, value: null };
            });
            blank.fields.Upsell_Candidate__c = { displayValue: null, value: false };
            const element = mount();
            await load({ changes: changesWith([blank]) });

            expect(textOf(element, 'change-summary')).toBe('Tier not recorded');
            expect(q(element, 'change-details')).toBeNull();
            expect(q(element, 'change-reasons')).toBeNull();
        });
    });

    describe('while loading and on errors', () => {
        it('shows a spinner until the record arrives', async () => {
            const element = mount();
            await flushPromises();

            expect(element.shadowRoot.querySelector('lightning-spinner').alternativeText).toBe(
                'Loading TierSync values'
            );
            expect(q(element, 'tier')).toBeNull();
        });

        it('shows the error in one line when the record cannot be read', async () => {
            const element = mount();
            getRecord.error([{ errorCode: 'INSUFFICIENT_ACCESS', message: 'You do not have access to this record.' }], 403, 'Forbidden');
            await flushPromises();

            const error = q(element, 'record-error');
            expect(error.getAttribute('role')).toBe('alert');
            expect(error.textContent.trim()).toBe(
                'TierSync values could not be loaded: You do not have access to this record.'
            );
            expect(element.shadowRoot.querySelector('lightning-spinner')).toBeNull();
        });

        it('uses the title App Builder sets, and TierSync when it is blank', async () => {
            const element = mount({ cardTitle: 'Segmentation' });
            await load();
            expect(element.shadowRoot.querySelector('lightning-card').title).toBe('Segmentation');

            element.cardTitle = '';
            await flushPromises();
            expect(element.shadowRoot.querySelector('lightning-card').title).toBe('TierSync');
        });
    });

    describe('accessibility', () => {
        it('is accessible with every value, a pin and the changes', async () => {
            const element = mount();
            await load({
                record: account({ Tier_Override__c: 'A', Model_Tier__c: 'B', Tier_Override_Until__c: '2025-06-30' })
            });

            await expect(element).toBeAccessible();
        });

        it('is accessible with blank values', async () => {
            const element = mount();
            await load({ record: account(BLANK_ACCOUNT), changes: changesWith([]) });

            await expect(element).toBeAccessible();
        });

        it('is accessible when the record cannot be read', async () => {
            const element = mount();
            getRecord.error();
            await flushPromises();

            await expect(element).toBeAccessible();
        });
    });
});
