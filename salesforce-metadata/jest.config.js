// Jest for the Lightning Web Components in force-app, with Salesforce's sfdx-lwc-jest preset
// (LWC compiler, lightning/* stubs, wire adapter test utilities) and sa11y's accessibility matcher.
const { jestConfig } = require('@salesforce/sfdx-lwc-jest/config');

module.exports = {
    ...jestConfig,
    setupFilesAfterEnv: [...(jestConfig.setupFilesAfterEnv || []), '<rootDir>/jest-sa11y-setup.js'],
    // target/ holds the converted metadata (a copy of the components) and Maven's output.
    modulePathIgnorePatterns: ['<rootDir>/target/'],
    testPathIgnorePatterns: [...jestConfig.testPathIgnorePatterns, '<rootDir>/target/'],
    coverageDirectory: '<rootDir>/target/coverage'
};
