"""OKLA model server: OpenAI-compatible embeddings and chat for the OKLA engine."""
__version__ = "0.1.0"
