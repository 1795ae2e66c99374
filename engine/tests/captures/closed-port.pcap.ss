client TIME-WAIT 0      0      10.77.0.1:33352 10.77.0.2:8080
server TIME-WAIT 0      0      10.77.0.2:8080 10.77.0.1:33336
server TIME-WAIT 0      0      10.77.0.2:8080 10.77.0.1:37034
server TIME-WAIT 0      0      10.77.0.2:8080 10.77.0.1:33352
server TIME-WAIT 0      0      10.77.0.2:8080 10.77.0.1:33320
server TIME-WAIT 0      0      [fd77::2]:8083 [fd77::1]:55888
