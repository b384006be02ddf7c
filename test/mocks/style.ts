// Stylesheets are irrelevant to screen tests.
export default {}
