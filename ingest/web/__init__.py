"""The review page (`minutes review`): a web app over an archive."""
