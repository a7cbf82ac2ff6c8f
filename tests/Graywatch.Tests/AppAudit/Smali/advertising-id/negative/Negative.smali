.class public Lfixture/advertisingid/Negative;
.super Ljava/lang/Object;
.source "Negative.java"

.method public static collect(Ljava/lang/Object;)V
    .registers 6
    invoke-virtual {p0}, Lcom/google/android/gms/ads/identifier/AdvertisingIdClient$Info;->isLimitAdTrackingEnabled()Z
    return-void
.end method
