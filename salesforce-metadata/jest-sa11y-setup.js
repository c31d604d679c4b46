// Adds expect(element).toBeAccessible(), which runs axe-core's WCAG rules on the rendered component.
const { registerSa11yMatcher } = require('@sa11y/jest');

registerSa11yMatcher();
