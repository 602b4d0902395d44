// Frames the app whose address the test passes in ?app=, as a hostile site would.
const frame = document.createElement('iframe');
frame.src = new URLSearchParams(location.search).get('app');
frame.width = 800;
frame.height = 600;
document.body.appendChild(frame);
