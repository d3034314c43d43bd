// Preloaded (node -r) into the launcher's children: when the launcher dies, even by SIGKILL, its IPC
// channel closes and the child shuts down through its own SIGTERM handler instead of running on.
if (process.channel) {
  process.channel.unref();
  process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}
