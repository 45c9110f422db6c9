"""kamdesk: stakeholder maps and account plans for Key Account Managers."""

__version__ = "0.1.0"
