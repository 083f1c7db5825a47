import OKLACore
