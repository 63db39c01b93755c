"""The conversation hub: channel adapters, router, state, agent console and Telegram."""
