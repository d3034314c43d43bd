// Browser steps wait on a real Chromium and a real server: give each test 30 s instead of Jest's 5 s.
jest.setTimeout(30_000);
