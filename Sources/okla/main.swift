import OKLAServer
print("okla")
